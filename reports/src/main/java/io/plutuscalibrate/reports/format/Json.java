package io.plutuscalibrate.reports.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.reports.drift.Ratio;
import java.io.UncheckedIOException;

/** JSON helpers shared by the JSON formats: numbers that are not finite become null. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  // "\n" whatever the platform, so that golden files compare byte for byte.
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Json() {}

  static void number(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) node.put(key, value); else node.putNull(key);
  }

  static void ratio(ObjectNode node, Ratio r) {
    number(node, "ratio", r.estimate());
    number(node, "lower", r.lower());
    number(node, "upper", r.upper());
  }

  static String write(ObjectNode root) {
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of plain nodes always serialises
    }
  }
}

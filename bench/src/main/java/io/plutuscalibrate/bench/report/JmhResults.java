package io.plutuscalibrate.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads JMH's JSON result format ({@code -rf json}) into {@link Measurement}s. */
public final class JmhResults {
  private JmhResults() {}

  /** The measurements of a JMH JSON result file, in file order. */
  public static List<Measurement> read(Path file) throws IOException {
    return parse(new ObjectMapper().readTree(file.toFile()));
  }

  /** The measurements of a JMH JSON result document. */
  public static List<Measurement> parse(JsonNode root) throws IOException {
    if (!root.isArray()) throw new IOException("a JMH JSON result is an array of benchmarks");
    List<Measurement> out = new ArrayList<>();
    for (JsonNode b : root) {
      String name = b.path("benchmark").asText();
      int dot = name.lastIndexOf('.', name.lastIndexOf('.') - 1);
      Map<String, String> params = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = b.path("params").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        params.put(e.getKey(), e.getValue().asText());
      }
      JsonNode m = b.path("primaryMetric");
      if (m.isMissingNode()) throw new IOException("benchmark " + name + " has no primaryMetric");
      out.add(new Measurement(name.substring(dot + 1), params, b.path("mode").asText(),
          number(m.path("score")), number(m.path("scoreError")),
          number(m.path("scorePercentiles").path("50.0")), m.path("scoreUnit").asText()));
    }
    return out;
  }

  private static double number(JsonNode n) {
    return n.isNumber() ? n.asDouble() : Double.NaN; // JMH writes "NaN" as a string
  }
}

package io.plutuscalibrate.reports.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a {@code fit-report.json} into a {@link FitSummary}. */
public final class FitReportReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private FitReportReader() {}

  public static FitSummary read(Path file) throws ReportInputException {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new ReportInputException(file + ": not readable as JSON (" + e.getMessage() + ")");
    }
    return read(root, file.toString());
  }

  /** Reads a fit report's tree; {@code source} names it in messages. */
  public static FitSummary read(JsonNode root, String source) throws ReportInputException {
    Fields r = new Fields(root, source, "");
    Fields input = r.object("input");
    Map<String, Double> overheads = new LinkedHashMap<>();
    Fields ov = r.object("callOverhead");
    for (Map.Entry<String, JsonNode> e : ov.node.properties()) {
      overheads.put(e.getKey(), ov.number(e.getKey()));
    }
    double factor = Double.NaN;
    if (root.has("rescaling")) factor = r.object("rescaling").number("factor");
    List<FitSummary.Builtin> builtins = new ArrayList<>();
    Fields bs = r.object("builtins");
    for (Map.Entry<String, JsonNode> e : bs.node.properties()) {
      builtins.add(builtin(e.getKey(), bs.object(e.getKey())));
    }
    return new FitSummary(input.text("path"), input.text("sha256"), input.integer("rows"),
        root.path("units").asText(""), scalars(root.path("options")),
        scalars(root.path("sources")), overheads, factor, input.strings("warnings"), builtins);
  }

  private static FitSummary.Builtin builtin(String name, Fields b) throws ReportInputException {
    String status = b.text("status");
    List<FitSummary.Regression> regs = new ArrayList<>();
    Fields list = b.array("regressions");
    for (int i = 0; i < list.node.size(); i++) {
      Fields g = list.element(i);
      regs.add(new FitSummary.Regression(g.node.path("part").asText(""), g.text("formula"),
          g.integer("points"), g.integer("df"), g.number("rSquared"),
          g.number("residualStandardError")));
    }
    List<FitSummary.Parameter> params = new ArrayList<>();
    Fields ps = b.object("parameters");
    for (Map.Entry<String, JsonNode> e : ps.node.properties()) {
      Fields p = ps.object(e.getKey());
      Fields interval = p.array("interval");
      if (interval.node.size() != 2) {
        throw interval.error("an interval [lower, upper]");
      }
      params.add(new FitSummary.Parameter(e.getKey(), p.integer64("value"), p.number("estimate"),
          p.number("standardError"), interval.numberAt(0), interval.numberAt(1),
          p.text("intervalMethod"), p.node.path("adjusted").asBoolean(false)));
    }
    Fields pts = b.object("points");
    return new FitSummary.Builtin(name, status, b.node.path("message").isTextual()
        ? b.node.get("message").asText() : null, b.text("type"), b.text("rule"),
        pts.integer("rows"), pts.integer("selected"), pts.integer("outliersDiscarded"), regs,
        params, b.strings("warnings"));
  }

  /** The scalar fields of an object as text, in order (other values as JSON). */
  private static Map<String, String> scalars(JsonNode node) {
    Map<String, String> m = new LinkedHashMap<>();
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        JsonNode v = e.getValue();
        m.put(e.getKey(), v.isValueNode() ? v.asText() : v.toString());
      }
    }
    return m;
  }

  /** A node with its path, for messages that say where a field is missing or malformed. */
  private record Fields(JsonNode node, String source, String path) {
    Fields field(String name, String expected, boolean ok) throws ReportInputException {
      JsonNode v = node.get(name);
      Fields f = new Fields(v, source, path.isEmpty() ? name : path + "." + name);
      if (v == null || !ok) throw f.error(expected);
      return f;
    }

    Fields object(String name) throws ReportInputException {
      JsonNode v = node.get(name);
      return field(name, "an object", v != null && v.isObject());
    }

    Fields array(String name) throws ReportInputException {
      JsonNode v = node.get(name);
      return field(name, "an array", v != null && v.isArray());
    }

    Fields element(int i) throws ReportInputException {
      JsonNode v = node.get(i);
      Fields f = new Fields(v, source, path + "[" + i + "]");
      if (v == null || !v.isObject()) throw f.error("an object");
      return f;
    }

    String text(String name) throws ReportInputException {
      JsonNode v = node.get(name);
      return field(name, "a string", v != null && v.isTextual()).node.asText();
    }

    int integer(String name) throws ReportInputException {
      JsonNode v = node.get(name);
      return field(name, "an integer", v != null && v.canConvertToInt() && v.isIntegralNumber())
          .node.asInt();
    }

    long integer64(String name) throws ReportInputException {
      JsonNode v = node.get(name);
      return field(name, "an integer", v != null && v.canConvertToLong() && v.isIntegralNumber())
          .node.asLong();
    }

    /** A number, or NaN for null. */
    double number(String name) throws ReportInputException {
      JsonNode v = node.get(name);
      Fields f = field(name, "a number or null", v != null && (v.isNumber() || v.isNull()));
      return f.node.isNull() ? Double.NaN : f.node.asDouble();
    }

    double numberAt(int i) throws ReportInputException {
      JsonNode v = node.get(i);
      if (v == null || !(v.isNumber() || v.isNull())) {
        throw new Fields(v, source, path + "[" + i + "]").error("a number or null");
      }
      return v.isNull() ? Double.NaN : v.asDouble();
    }

    List<String> strings(String name) throws ReportInputException {
      Fields a = array(name);
      List<String> out = new ArrayList<>();
      for (JsonNode v : a.node) out.add(v.asText());
      return out;
    }

    ReportInputException error(String expected) {
      String found = node == null ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
      return new ReportInputException(source + ": " + (path.isEmpty() ? "the document" : path)
          + ": expected " + expected + ", found " + found);
    }
  }
}

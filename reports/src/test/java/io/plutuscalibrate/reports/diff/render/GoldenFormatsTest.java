package io.plutuscalibrate.reports.diff.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plutuscalibrate.reports.diff.DiffOptions;
import io.plutuscalibrate.reports.diff.DiffReport;
import io.plutuscalibrate.reports.diff.ModelDiff;
import io.plutuscalibrate.reports.diff.ScriptSet;
import io.plutuscalibrate.reports.diff.SideLoader;
import io.plutuscalibrate.reports.diff.VariantChoice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The machine-readable formats (JSON, Markdown) of a diff of a small fixed pair of models and two
 * scripts, against golden files. The pair has one of each kind of change: a slope changed
 * (addInteger), a shape changed with a coefficient (divideInteger), a value from 0 to 5
 * ("new": appendByteString's memory intercept), a builtin removed (bData) and one added (iData),
 * and a builtin unchanged (sha2_256); one script succeeds, one fails under both models.
 *
 * <p>When a format changes on purpose, regenerate the golden files with
 * {@code mvn -pl reports test -Dtest=GoldenFormatsTest -Dgolden.update=true} and review their
 * diff before committing.
 */
class GoldenFormatsTest {
  /** Relative to the module directory, where surefire runs; the report shows these paths. */
  private static final Path RESOURCES =
      Path.of("src/test/resources/io/plutuscalibrate/reports/diff");

  static DiffReport smallReport() throws Exception {
    VariantChoice defaults = VariantChoice.defaults();
    return ModelDiff.compare(
        SideLoader.load(List.of(RESOURCES.resolve("small-current.json")), defaults),
        SideLoader.load(List.of(RESOURCES.resolve("small-proposed.json")), defaults),
        new DiffOptions(Set.of(), Optional.of(ScriptSet.load(RESOURCES.resolve("small-scripts"))),
            Optional.empty()));
  }

  private static void assertGolden(String name, String actual) throws Exception {
    Path golden = RESOURCES.resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), "golden file missing: " + golden
        + " (run with -Dgolden.update=true to write it, then review it)");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
        "the " + name + " output changed; if on purpose, regenerate (see class comment)");
  }

  @Test
  void json() throws Exception {
    String json = ReportFormat.named("json").orElseThrow().render(smallReport());
    assertGolden("small.golden.json", json);
    // And it is what it says, independently of the golden file.
    JsonNode root = new ObjectMapper().readTree(json);
    JsonNode c = root.get("comparisons").get(0);
    assertEquals(3, c.get("summary").get("parametersChanged").asInt());
    assertEquals("new", find(c.get("parameters"), "appendByteString-memory-arguments-intercept")
        .get("relative").asText());
    assertEquals(49, c.get("predicted").get(1).get("points").size());
  }

  @Test
  void markdown() throws Exception {
    assertGolden("small.golden.md", ReportFormat.named("md").orElseThrow().render(smallReport()));
  }

  @Test
  void textAndHtmlSayTheSame() throws Exception {
    DiffReport r = smallReport();
    String text = ReportFormat.named("text").orElseThrow().render(r);
    String html = ReportFormat.named("html").orElseThrow().render(r);
    for (String s : List.of("addInteger-cpu-arguments-slope", "+4.76%", "new", "added: iData",
        "removed: bData", "above_and_below_diagonal(quadratic_in_x_and_y)", "fails.uplc")) {
      assertTrue(text.contains(s), s);
      assertTrue(html.contains(s), s);
    }
    // Self-contained: nothing is fetched from anywhere.
    assertFalse(html.contains("http://") || html.contains("https://") || html.contains("src="),
        html);
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<td class=\"num up\">+20</td>"), "an increase is marked up");
  }

  private static JsonNode find(JsonNode params, String name) {
    for (JsonNode p : params) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no parameter " + name);
  }
}

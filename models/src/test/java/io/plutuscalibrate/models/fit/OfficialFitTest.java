package io.plutuscalibrate.models.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plutuscalibrate.models.SharedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fit of benching-conway.csv against what the official pipeline makes of it.
 *
 * <p>The golden files are ../shared/plutus/r-fit/r-fitted-cpu.json (models.R, then the picosecond
 * conversion of CreateBuiltinCostModel.hs) and r-raw-coefficients.json (the same fit before
 * conversion, with lm's summaries), computed with R 4.2.2 (Debian), MASS 7.3-58.2, dplyr 1.0.10,
 * stringr 1.5.0, broom 1.0.3 from plutus commit f424a79a (see ../shared/plutus/README.md).
 */
class OfficialFitTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Builtins whose CSV rows and models.R changed after builtinCostModelC.json was made. */
  private static final Set<String> CHANGED_SINCE_C =
      Set.of("appendString", "encodeUtf8", "decodeUtf8", "equalsString", "equalsByteString");
  /** See Note [Shapes of the division builtins] in FitRules. */
  private static final Set<String> NEWER_SHAPE_THAN_R = Set.of("divideInteger", "modInteger");

  static FitResult result;

  @BeforeAll
  static void fit() throws Exception {
    BenchmarkData data = BenchmarkCsv.read(SharedData.path("cost-model/benching-conway.csv"));
    result = CostModelFitter.fit(data);
  }

  static JsonNode read(String path) throws IOException {
    return JSON.readTree(SharedData.path(path).toFile());
  }

  /** The value of a parameter ({@code intercept}, {@code model.c00}, {@code arguments}). */
  static long parameter(JsonNode costModel, String name) {
    JsonNode a = costModel.get("arguments");
    if (name.equals("arguments")) return a.asLong();
    for (String part : name.split("\\.")) {
      a = part.equals("model") ? a.get("model").get("arguments") : a.get(part);
      if (a == null) throw new AssertionError("no parameter " + name + " in " + costModel);
    }
    return a.asLong();
  }

  static int parameterCount(JsonNode costModel) {
    JsonNode a = costModel.get("arguments");
    if (!a.isObject()) return 1;
    int n = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = a.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      n += e.getKey().equals("model") ? parameterCount(e.getValue()) : 1;
    }
    return n;
  }

  @Test
  void everyCpuParameterEqualsTheOfficialPipelinesFit() throws IOException {
    JsonNode r = read("r-fit/r-fitted-cpu.json");
    assertEquals(r.size(), result.fits().size(), "one fit per builtin");
    List<String> mismatches = new ArrayList<>();
    int exact = 0;
    for (BuiltinFit fit : result.fits().values()) {
      JsonNode want = r.get(fit.builtin());
      assertEquals(BuiltinFit.Status.FITTED, fit.status(), fit.builtin() + ": " + fit.message());
      if (!NEWER_SHAPE_THAN_R.contains(fit.builtin())) {
        assertEquals(want.get("type").asText(), fit.cpu().tag(), fit.builtin());
      }
      assertEquals(parameterCount(want), fit.parameters().size(), fit.builtin());
      boolean same = true;
      for (ParameterFit p : fit.parameters()) {
        long w = parameter(want, p.name());
        long tolerance = Math.max(1, (long) Math.floor(Math.abs(w) * 0.001));
        if (Math.abs(p.value() - w) > tolerance) {
          mismatches.add(fit.builtin() + "." + p.name() + ": " + p.value() + " vs R " + w);
        }
        same &= p.value() == w;
      }
      if (same) exact++;
    }
    assertEquals(List.of(), mismatches);
    // Not required by the tolerance, but true today: every parameter is the same integer.
    assertEquals(102, exact, "builtins whose parameters all equal R's exactly");
  }

  @Test
  void allButFiveBuiltinsEqualBuiltinCostModelC() throws IOException {
    JsonNode c = read("cost-model/builtinCostModelC.json");
    List<String> differ = new ArrayList<>();
    for (BuiltinFit fit : result.fits().values()) {
      JsonNode want = c.get(fit.builtin()).get("cpu");
      boolean same = true;
      for (ParameterFit p : fit.parameters()) same &= p.value() == parameter(want, p.name());
      if (!same) differ.add(fit.builtin());
    }
    assertEquals(CHANGED_SINCE_C, Set.copyOf(differ));
  }

  /** The statistics before conversion equal lm's: estimates, standard errors, sigma, R². */
  @Test
  void leastSquaresStatisticsEqualLm() throws IOException {
    JsonNode raw = read("r-fit/r-raw-coefficients.json").get("builtins");
    int checked = 0;
    for (BuiltinFit fit : result.fits().values()) {
      JsonNode b = raw.get(fit.builtin());
      FitRule.Method method = fit.rule().method();
      if (method == FitRule.Method.FAN) continue; // R's summary is of another lm (see the file)
      JsonNode summary = b.get("lm_summary_coefficients");
      List<ParameterFit> params = fit.parameters();
      int offset = params.size() - summary.size();
      int i = 0;
      for (Iterator<Map.Entry<String, JsonNode>> it = summary.fields(); it.hasNext(); i++) {
        Map.Entry<String, JsonNode> e = it.next();
        ParameterFit p = params.get(offset + i);
        String what = fit.builtin() + "." + p.name();
        if (method == FitRule.Method.OLS) {
          close(e.getValue().get("estimate").asDouble() * 1e6, p.estimate(), 1e-9, what);
        }
        if (p.interval() == ParameterFit.Interval.T) {
          close(e.getValue().get("std_error").asDouble() * 1e6, p.standardError(), 1e-7, what);
        }
        checked++;
      }
      RegressionSummary model = fit.regressions().stream()
          .filter(s -> s.part().equals("model")).findFirst().orElseThrow();
      assertEquals(b.get("n_obs").asInt(), model.points(), fit.builtin());
      assertEquals(b.get("df_residual").asInt(), model.df(), fit.builtin());
      close(b.get("residual_sigma").asDouble() * 1e6, model.residualStandardErrorPs(), 1e-9,
          fit.builtin() + " sigma");
      close(b.get("r_squared").asDouble(), model.rSquared(), 1e-9, fit.builtin() + " R²");
      JsonNode constant = b.get("extra_params_before_adjustModels_us").get("constant");
      if (constant != null) {
        close(constant.asDouble() * 1e6, params.get(0).estimate(), 1e-12, fit.builtin());
      }
    }
    assertTrue(checked > 150, "checked " + checked + " coefficients");
  }

  @Test
  void fanFitsMatchRsCoefficientsAndHaveBootstrapIntervals() throws IOException {
    JsonNode raw = read("r-fit/r-raw-coefficients.json").get("builtins");
    for (String b : List.of("equalsData", "serialiseData")) {
      BuiltinFit fit = result.fit(b).orElseThrow();
      Iterator<JsonNode> want = raw.get(b).get("coefficients_before_adjustModels_us").elements();
      for (ParameterFit p : fit.parameters()) {
        close(want.next().asDouble() * 1e6, p.estimate(), 1e-9, b + "." + p.name());
        assertEquals(ParameterFit.Interval.BOOTSTRAP, p.interval(), b);
        assertTrue(p.lower() <= p.estimate() && p.estimate() <= p.upper(),
            b + "." + p.name() + " in [" + p.lower() + ", " + p.upper() + "]");
      }
      assertEquals(2, fit.fanIterations(), b);
    }
  }

  @Test
  void adjustedCoefficientsAreReportedWithBootstrapIntervals() {
    BuiltinFit fit = result.fit("appendByteString").orElseThrow();
    ParameterFit intercept = fit.parameters().get(0);
    assertTrue(intercept.adjusted());
    assertEquals(1000, intercept.value());
    assertTrue(intercept.estimate() < 0);
    assertEquals(ParameterFit.Interval.BOOTSTRAP, intercept.interval());
    assertEquals(ParameterFit.Interval.T, fit.parameters().get(1).interval());
    assertTrue(fit.warnings().stream().anyMatch(w -> w.contains("negative coefficient")));
  }

  @Test
  void theSubtractedOverheadsAreTheOpaqueNops() {
    // Nop1o/1 in benching-conway.csv: 6.697534085322777e-7 s.
    assertEquals(6.697534085322777e-7 * 1e6, result.overheads().micros(1), 0);
  }

  static void close(double want, double got, double relative, String what) {
    double tol = relative * Math.max(Math.abs(want), 1e-300);
    assertTrue(Math.abs(want - got) <= tol, what + ": " + got + " vs R " + want);
  }
}

package io.plutuscalibrate.reports.page;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the report reads from a {@code fit-report.json} (see {@code FitReport} in the fitting
 * engine): the input it names, the call overheads, the machine factor if the fit was rescaled,
 * and per builtin the fitted parameters with their intervals. Picoseconds throughout; a number the
 * fit could not compute is NaN.
 *
 * @param inputPath the benchmark file as the fit was given it
 * @param inputSha256 its SHA-256 when fitted
 * @param inputRows result rows the fit read
 * @param units the report's statement of its units
 * @param options the fit's options, as text pairs in file order
 * @param sources where the parts of the candidate not fitted came from, as text pairs
 * @param callOverheadPs per Nop benchmark, the overhead subtracted, ps
 * @param rescaleFactor the machine factor the candidate was divided by (NaN when not rescaled)
 * @param warnings warnings about the input as a whole
 * @param builtins per builtin, in the report's order
 */
public record FitSummary(
    String inputPath,
    String inputSha256,
    int inputRows,
    String units,
    Map<String, String> options,
    Map<String, String> sources,
    Map<String, Double> callOverheadPs,
    double rescaleFactor,
    List<String> warnings,
    List<Builtin> builtins) {

  public FitSummary {
    options = ordered(options);
    sources = ordered(sources);
    callOverheadPs = ordered(callOverheadPs);
    warnings = List.copyOf(warnings);
    builtins = List.copyOf(builtins);
  }

  private static <V> Map<String, V> ordered(Map<String, V> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }

  public Optional<Builtin> builtin(String name) {
    return builtins.stream().filter(b -> b.name().equals(name)).findFirst();
  }

  /**
   * One builtin's entry.
   *
   * @param name as in builtinCostModel JSON
   * @param status {@code fitted}, {@code no_data} or {@code failed}
   * @param message why it was not fitted (null when fitted)
   * @param type the JSON tag of the fitted costing function
   * @param rule how it was fitted, in words
   * @param rows rows of its benchmark
   * @param selected rows the rule selected
   * @param outliers rows discarded as outliers
   * @param regressions the regressions' summaries
   * @param parameters the fitted parameters, in the rule's order
   * @param warnings what looks doubtful about the fit
   */
  public record Builtin(
      String name,
      String status,
      String message,
      String type,
      String rule,
      int rows,
      int selected,
      int outliers,
      List<Regression> regressions,
      List<Parameter> parameters,
      List<String> warnings) {
    public Builtin {
      regressions = List.copyOf(regressions);
      parameters = List.copyOf(parameters);
      warnings = List.copyOf(warnings);
    }

    public boolean fitted() {
      return status.equals("fitted");
    }

    /** The lowest R² of its regressions with a regressor (a mean has none), NaN if none. */
    public double lowestRSquared() {
      double r = Double.NaN;
      for (Regression g : regressions) {
        if (g.formula().equals("t ~ 1") || Double.isNaN(g.rSquared())) continue;
        if (!(g.rSquared() >= r)) r = g.rSquared();
      }
      return r;
    }
  }

  /**
   * @param part which part of a split shape ({@code model}, {@code constant}, or the whole)
   * @param formula R's formula
   * @param points observations
   * @param df residual degrees of freedom
   * @param rSquared R² (NaN if none)
   * @param residualStandardError ps (NaN if none)
   */
  public record Regression(String part, String formula, int points, int df, double rSquared,
      double residualStandardError) {}

  /**
   * @param name the parameter's path in the JSON arguments ({@code intercept}, {@code model.c00},
   *     {@code arguments} for a constant cost)
   * @param value the integer in the candidate
   * @param estimate the statistical estimate before adjustment
   * @param standardError its standard error
   * @param lower lower end of the interval
   * @param upper upper end of the interval
   * @param intervalMethod {@code t}, {@code bootstrap} or {@code none}
   * @param adjusted whether the positivity adjustment replaced the estimate
   */
  public record Parameter(String name, long value, double estimate, double standardError,
      double lower, double upper, String intervalMethod, boolean adjusted) {
    public boolean hasInterval() {
      return Double.isFinite(lower) && Double.isFinite(upper);
    }
  }
}

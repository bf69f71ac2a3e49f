package io.plutuscalibrate.reports.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.json.CostModelFormatException;
import io.plutuscalibrate.models.json.CostModelJson;
import io.plutuscalibrate.models.json.JsonDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The band drawn around a fitted costing function.
 *
 * <p>Note [The band around the fitted model]: fit-report.json gives each parameter an interval
 * (the t interval of least squares, or a bootstrap percentile interval), not their covariance. The
 * band is the range of the costing function when every parameter that has an interval moves
 * independently anywhere within it: at each size, the lowest and highest cost over the corners of
 * that box of parameters (the costing functions are linear in their parameters on each branch, and
 * a floor or a branch choice is monotone in them, so the extremes are at corners). It propagates
 * the parameter intervals, nothing else: it ignores their correlation (an intercept and a slope
 * estimated together are usually negatively correlated), so it is wider than a joint confidence
 * band of the same level, and it is not a prediction band, so single measurements are expected to
 * fall outside it. Parameters without an interval stay at their fitted value.
 */
public final class ConfidenceBand {
  /** At most this many parameters vary (2^10 corners); the widest-interval ones are kept. */
  static final int MAX_VARYING = 10;

  private final CostModel fitted;
  private final List<CostModel> corners;
  private final List<String> fixed;

  private ConfidenceBand(CostModel fitted, List<CostModel> corners, List<String> fixed) {
    this.fitted = fitted;
    this.corners = corners;
    this.fixed = fixed;
  }

  /**
   * The band of {@code fitted} with the given parameters.
   *
   * @throws IllegalArgumentException if a parameter's name is not a path in the function's JSON
   *     arguments
   */
  public static ConfidenceBand of(CostModel fitted, List<FitSummary.Parameter> parameters) {
    List<FitSummary.Parameter> varying = new ArrayList<>();
    List<String> fixed = new ArrayList<>();
    for (FitSummary.Parameter p : parameters) {
      if (p.hasInterval()) varying.add(p); else fixed.add(p.name());
    }
    if (varying.size() > MAX_VARYING) {
      varying.sort((a, b) -> Double.compare(b.upper() - b.lower(), a.upper() - a.lower()));
      for (FitSummary.Parameter p : varying.subList(MAX_VARYING, varying.size())) fixed.add(p.name());
      varying = new ArrayList<>(varying.subList(0, MAX_VARYING));
    }
    ObjectNode base = CostModelJson.toTree(fitted);
    for (FitSummary.Parameter p : parameters) locate(base, p.name()); // fail early on a bad path
    List<CostModel> corners = new ArrayList<>();
    int n = varying.size();
    for (int mask = 0; mask < (1 << n); mask++) {
      ObjectNode tree = base.deepCopy();
      for (int i = 0; i < n; i++) {
        FitSummary.Parameter p = varying.get(i);
        long v = (mask & (1 << i)) == 0 ? floor(p.lower()) : ceil(p.upper());
        set(tree, p.name(), v);
      }
      try {
        corners.add(CostModelJson.fromTree(JsonDocument.ofTree(tree, "band"), tree, ""));
      } catch (CostModelFormatException e) {
        throw new IllegalArgumentException("a corner of the band is not a costing function: "
            + e.getMessage(), e);
      }
    }
    return new ConfidenceBand(fitted, List.copyOf(corners), List.copyOf(fixed));
  }

  /** The fitted function's cost at {@code sizes}, ps. */
  public long fitted(long[] sizes) {
    return fitted.cost(sizes);
  }

  /** The lowest cost over the band's corners, ps. */
  public long lower(long[] sizes) {
    long lo = Long.MAX_VALUE;
    for (CostModel m : corners) lo = Math.min(lo, m.cost(sizes));
    return lo;
  }

  /** The highest cost over the band's corners, ps. */
  public long upper(long[] sizes) {
    long hi = Long.MIN_VALUE;
    for (CostModel m : corners) hi = Math.max(hi, m.cost(sizes));
    return hi;
  }

  /** Whether any parameter varies (otherwise the band is the fitted line). */
  public boolean varies() {
    return corners.size() > 1;
  }

  /** The parameters held at their fitted value (no interval, or beyond {@link #MAX_VARYING}). */
  public List<String> fixedParameters() {
    return fixed;
  }

  private static long floor(double v) {
    return (long) Math.max(Math.floor(v), -0x1p62);
  }

  private static long ceil(double v) {
    return (long) Math.min(Math.ceil(v), 0x1p62);
  }

  /**
   * The object holding parameter {@code path} ({@code c00}, {@code model.c00}): each segment but
   * the last descends into {@code arguments.<segment>}; the last names a field of that object's
   * {@code arguments}, or is {@code arguments} itself for a constant cost.
   */
  private static ObjectNode locate(ObjectNode tree, String path) {
    String[] parts = path.split("\\.");
    ObjectNode node = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonNode next = node.path("arguments").path(parts[i]);
      if (!next.isObject()) throw new IllegalArgumentException("no parameter " + path);
      node = (ObjectNode) next;
    }
    String last = parts[parts.length - 1];
    JsonNode args = node.get("arguments");
    if (last.equals("arguments") && args != null && args.isNumber()) return node;
    JsonNode field = args == null || !args.isObject() ? null : args.get(last);
    if (field == null || !field.isNumber()) {
      throw new IllegalArgumentException("no parameter " + path);
    }
    return node;
  }

  private static void set(ObjectNode tree, String path, long value) {
    ObjectNode node = locate(tree, path);
    String[] parts = path.split("\\.");
    String last = parts[parts.length - 1];
    if (node.get("arguments").isNumber()) {
      node.put("arguments", value);
    } else {
      ((ObjectNode) node.get("arguments")).put(last, value);
    }
  }
}

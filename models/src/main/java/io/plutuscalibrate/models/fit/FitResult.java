package io.plutuscalibrate.models.fit;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.CostModel;
import io.plutuscalibrate.models.CostingFun;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The fits of all builtins from one benchmark file. Immutable. */
public final class FitResult {
  private final Map<String, BuiltinFit> fits;
  private final Overheads overheads;
  private final List<String> warnings;

  FitResult(List<BuiltinFit> fits, Overheads overheads, List<String> warnings) {
    Map<String, BuiltinFit> m = new LinkedHashMap<>();
    for (BuiltinFit f : fits) m.put(f.builtin(), f);
    this.fits = Collections.unmodifiableMap(m);
    this.overheads = overheads;
    this.warnings = List.copyOf(warnings);
  }

  /** Every fit divided by {@code factor} (see {@link BuiltinFit#dividedBy}). */
  public FitResult dividedBy(double factor) {
    List<BuiltinFit> scaled = fits.values().stream().map(f -> f.dividedBy(factor)).toList();
    return new FitResult(scaled, overheads, warnings);
  }

  /** Per builtin, in rule order. */
  public Map<String, BuiltinFit> fits() {
    return fits;
  }

  public Optional<BuiltinFit> fit(String builtin) {
    return Optional.ofNullable(fits.get(builtin));
  }

  public Overheads overheads() {
    return overheads;
  }

  /** Warnings about the input as a whole (unusable rows, missing or repeated Nop benchmarks). */
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The candidate: {@code base} with the CPU costing function of every fitted builtin replaced,
   * in {@code base}'s order. Memory models, and the CPU models of builtins that were not fitted,
   * stay as in {@code base}. Builtins that {@code base} lacks are left out (see
   * {@link #notInBase}): the base decides which builtins the model has.
   */
  public BuiltinCostModel candidate(BuiltinCostModel base) {
    Map<String, CostingFun> out = new LinkedHashMap<>(base.asMap());
    for (BuiltinFit f : fits.values()) {
      CostingFun old = base.find(f.builtin()).orElse(null);
      if (f.cpu() == null || old == null) continue;
      out.put(f.builtin(), new CostingFun(f.cpu(), old.memory()));
    }
    return BuiltinCostModel.of(out);
  }

  /** The fitted builtins that {@code base} lacks, so the candidate leaves them out. */
  public List<String> notInBase(BuiltinCostModel base) {
    List<String> out = new ArrayList<>();
    for (BuiltinFit f : fits.values()) {
      if (f.cpu() != null && base.find(f.builtin()).isEmpty()) out.add(f.builtin());
    }
    return out;
  }

  /**
   * Like {@link #candidate}, but a fitted CPU model replaces the template's only where both have
   * the same shape (tags, nested ones included), so the result keeps every shape of
   * {@code template}. Used for the ledger arrays of languages whose parameter names describe
   * older shapes (PlutusV1 and V2 name variant D's multiplied_sizes divisions).
   */
  public BuiltinCostModel candidateKeepingShapes(BuiltinCostModel template) {
    Map<String, CostingFun> out = new LinkedHashMap<>(template.asMap());
    for (BuiltinFit f : fits.values()) {
      CostingFun old = template.find(f.builtin()).orElse(null);
      if (f.cpu() == null || old == null || !sameShape(f.cpu(), old.cpu())) continue;
      out.put(f.builtin(), new CostingFun(f.cpu(), old.memory()));
    }
    return BuiltinCostModel.of(out);
  }

  /** The fitted builtins whose CPU shape differs from {@code template}'s. */
  public List<String> shapeMismatches(BuiltinCostModel template) {
    List<String> out = new ArrayList<>();
    for (BuiltinFit f : fits.values()) {
      CostingFun old = template.find(f.builtin()).orElse(null);
      if (f.cpu() != null && old != null && !sameShape(f.cpu(), old.cpu())) out.add(f.builtin());
    }
    return out;
  }

  static boolean sameShape(CostModel a, CostModel b) {
    if (!a.tag().equals(b.tag())) return false;
    CostModel x = nested(a);
    CostModel y = nested(b);
    return x == null ? y == null : y != null && sameShape(x, y);
  }

  private static CostModel nested(CostModel m) {
    if (m instanceof CostModel.ConstOffDiagonal c) return c.model();
    if (m instanceof CostModel.ConstAboveDiagonal c) return c.model();
    if (m instanceof CostModel.ConstBelowDiagonal c) return c.model();
    if (m instanceof CostModel.AboveAndBelowDiagonal c) return c.model();
    return null;
  }

  /** The builtins of {@code base} whose CPU model the candidate takes from {@code base}. */
  public List<String> cpuFromBase(BuiltinCostModel base) {
    List<String> out = new ArrayList<>();
    for (String b : base.builtins()) {
      BuiltinFit f = fits.get(b);
      if (f == null || f.cpu() == null) out.add(b);
    }
    return out;
  }
}

package io.plutuscalibrate.uplc.cek;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.MachineCosts;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.builtins.BuiltinTable;
import java.util.Objects;

/**
 * Everything that fixes how the machine evaluates and charges: the builtins' costing functions,
 * the machine step costs, the builtins' meanings (a {@link BuiltinTable}, which carries the
 * semantics variant), and whether {@code case} on constants of built-in types is allowed (Plutus
 * gates it by protocol version; it is on in the newest semantics).
 */
public record MachineParameters(
    BuiltinCostModel builtinCosts,
    MachineCosts machineCosts,
    BuiltinTable builtins,
    boolean caseOnConstants) {

  public MachineParameters {
    Objects.requireNonNull(builtinCosts, "builtinCosts");
    Objects.requireNonNull(machineCosts, "machineCosts");
    Objects.requireNonNull(builtins, "builtins");
  }

  /** The given cost models with the builtins of {@code variant}, casing on constants allowed. */
  public static MachineParameters of(
      BuiltinCostModel builtinCosts, MachineCosts machineCosts, SemanticsVariant variant) {
    return new MachineParameters(
        builtinCosts, machineCosts, BuiltinTable.forVariant(variant), true);
  }

  /**
   * The official cost models of the newest semantics variant (E: builtinCostModelE.json and
   * cekMachineCostsE.json, bundled), its builtins, casing on constants allowed: what the
   * conformance suite's budgets are computed with.
   */
  public static MachineParameters defaults() {
    return forVariant(SemanticsVariant.NEWEST);
  }

  /** The official (bundled) cost models and the builtins of {@code variant}. */
  public static MachineParameters forVariant(SemanticsVariant variant) {
    return of(OfficialModels.builtinCostModel(variant), OfficialModels.machineCosts(variant), variant);
  }

  /** The semantics variant of the builtins. */
  public SemanticsVariant variant() {
    return builtins.variant();
  }

  /** A copy running the builtins of {@code table} (e.g. another variant's, or a test's). */
  public MachineParameters withBuiltins(BuiltinTable table) {
    return new MachineParameters(builtinCosts, machineCosts, table, caseOnConstants);
  }

  /** A copy with {@code case} on constants allowed or not. */
  public MachineParameters withCaseOnConstants(boolean allowed) {
    return new MachineParameters(builtinCosts, machineCosts, builtins, allowed);
  }

  /** A copy with other builtin costing functions. */
  public MachineParameters withBuiltinCosts(BuiltinCostModel costs) {
    return new MachineParameters(costs, machineCosts, builtins, caseOnConstants);
  }

  /** A copy with other machine step costs. */
  public MachineParameters withMachineCosts(MachineCosts costs) {
    return new MachineParameters(builtinCosts, costs, builtins, caseOnConstants);
  }
}

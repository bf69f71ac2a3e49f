package io.plutuscalibrate.models;

/**
 * Plutus's builtin semantics variants ({@code BuiltinSemanticsVariant}): each selects one official
 * cost-model file ({@code builtinCostModelX.json}, {@code cekMachineCostsX.json}) and, for a few
 * builtins, the behaviour or the size measure of an argument. The ledger picks the variant from
 * the language version and the protocol version: PlutusV1/V2 use A before Chang, B from Chang and
 * D from van Rossem; PlutusV3 uses C, then E from van Rossem; PlutusV4 uses E. E is the newest
 * and the default everywhere in this project.
 */
public enum SemanticsVariant {
  A, B, C, D, E;

  public static final SemanticsVariant NEWEST = E;

  /** The file name of this variant's official builtin cost model. */
  public String builtinCostModelFile() {
    return "builtinCostModel" + name() + ".json";
  }

  /** The file name of this variant's official machine costs. */
  public String machineCostsFile() {
    return "cekMachineCosts" + name() + ".json";
  }
}

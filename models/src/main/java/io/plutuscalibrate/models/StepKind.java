package io.plutuscalibrate.models;

/**
 * The kinds of CEK machine step that the machine costs price, in the order of the keys of
 * {@code cekMachineCosts*.json} (startup first). {@link #jsonKey()} is the key in that file and
 * the ledger's parameter-name prefix.
 */
public enum StepKind {
  STARTUP("cekStartupCost"),
  VAR("cekVarCost"),
  CONST("cekConstCost"),
  LAM("cekLamCost"),
  DELAY("cekDelayCost"),
  FORCE("cekForceCost"),
  APPLY("cekApplyCost"),
  BUILTIN("cekBuiltinCost"),
  CONSTR("cekConstrCost"),
  CASE("cekCaseCost");

  private final String jsonKey;

  StepKind(String jsonKey) {
    this.jsonKey = jsonKey;
  }

  public String jsonKey() {
    return jsonKey;
  }

  /** The step kinds that are charged per machine step (every kind but startup). */
  public boolean isStep() {
    return this != STARTUP;
  }
}

package io.plutuscalibrate.uplc.cek;

/** Test machine parameters for tests outside this package (see {@link TestBuiltins}). */
public final class TestMachines {
  private TestMachines() {}

  /** Machine costs E and builtinCostModelE entries for the few builtins of TestBuiltins. */
  public static MachineParameters parameters() {
    return TestBuiltins.parameters();
  }
}

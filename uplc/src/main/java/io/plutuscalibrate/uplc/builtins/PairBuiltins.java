package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.DefaultFun;

/**
 * fstPair and sndPair. A pair is measured as {@code maxBound} (Plutus expects every pair builtin
 * to be constant-cost and makes any other use visible).
 */
final class PairBuiltins {
  private PairBuiltins() {}

  static void register(BuiltinTable.Builder table, SemanticsVariant variant) {
    table.define(DefaultFun.fstPair, (a, c) -> Args.pair(a[0]).first(), DEFAULT);
    table.define(DefaultFun.sndPair, (a, c) -> Args.pair(a[0]).second(), DEFAULT);
  }
}

package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.DefaultFun;

/**
 * ifThenElse, chooseUnit and trace: the builtins that choose or pass on a polymorphic argument.
 * The same in every variant. The polymorphic arguments may be any machine value and are measured
 * as in Note [Sizes of polymorphic arguments] in {@link SizeMeasure}.
 */
final class ControlBuiltins {
  private ControlBuiltins() {}

  static void register(BuiltinTable.Builder table, SemanticsVariant variant) {
    table.define(DefaultFun.ifThenElse,
        (a, c) -> Args.bool(a[0]) ? a[1] : a[2], DEFAULT, DEFAULT, DEFAULT);
    table.define(DefaultFun.chooseUnit, (a, c) -> {
      Args.unit(a[0]);
      return a[1];
    }, DEFAULT, DEFAULT);
    // The string is measured by its length in characters in every variant; trace's costing
    // function is constant, so the measure is never used.
    table.define(DefaultFun.trace, (a, c) -> {
      c.log(Args.string(a[0]));
      return a[1];
    }, DEFAULT, DEFAULT);
  }
}

package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.INTEGER_LITERALLY;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.ListConstant;
import java.math.BigInteger;

/**
 * The builtins over polymorphic lists: chooseList, mkCons, headList, tailList, nullList and
 * dropList. The same in every variant. A list is measured by its length; dropList's count by its
 * absolute value ({@code IntegerCostedLiterally}).
 */
final class ListBuiltins {
  private ListBuiltins() {}

  static void register(BuiltinTable.Builder table, SemanticsVariant variant) {
    table.define(DefaultFun.chooseList,
        (a, c) -> Args.list(a[0]).isEmpty() ? a[1] : a[2], DEFAULT, DEFAULT, DEFAULT);
    table.define(DefaultFun.mkCons, (a, c) -> mkCons(a[0], a[1]), DEFAULT, DEFAULT);
    table.define(DefaultFun.headList, (a, c) -> {
      ListConstant xs = Args.list(a[0]);
      if (xs.isEmpty()) throw emptyList(c);
      return xs.head();
    }, DEFAULT);
    table.define(DefaultFun.tailList, (a, c) -> {
      ListConstant xs = Args.list(a[0]);
      if (xs.isEmpty()) throw emptyList(c);
      return xs.tail();
    }, DEFAULT);
    table.define(DefaultFun.nullList, (a, c) -> BoolConstant.of(Args.list(a[0]).isEmpty()), DEFAULT);
    table.define(DefaultFun.dropList,
        (a, c) -> drop(Args.integer(a[0]), Args.list(a[1])), INTEGER_LITERALLY, DEFAULT);
  }

  /** The element must be a constant of exactly the list's element type. */
  private static ListConstant mkCons(CekValue x, CekValue list) {
    if (!(x instanceof Constant head)) {
      throw Args.fail("mkCons: the element is not a constant");
    }
    ListConstant xs = Args.list(list);
    if (!head.type().equals(xs.elementType())) {
      throw Args.fail("The type of the value does not match the type of elements in the list");
    }
    return ListConstant.cons(head, xs);
  }

  /**
   * Haskell's {@code drop}: a count of at most 0 returns the list itself, a larger one walks that
   * many cells or to the end. Counts beyond {@code Int}'s range behave as {@code maxBound}, which
   * no list reaches, so they too walk to the end, as Plutus does.
   */
  static ListConstant drop(BigInteger n, ListConstant xs) {
    if (n.signum() <= 0) return xs;
    long count = n.bitLength() > 63 ? Long.MAX_VALUE : n.longValue();
    ListConstant rest = xs;
    for (long i = 0; i < count && !rest.isEmpty(); i++) {
      rest = rest.tail();
    }
    return rest;
  }

  private static BuiltinFailure emptyList(BuiltinContext c) {
    return OperationalFailure.of(c, "Expected a non-empty list but got an empty one");
  }
}

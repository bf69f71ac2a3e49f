package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import java.math.BigInteger;
import java.util.function.BinaryOperator;

/**
 * Integer arithmetic and comparison: Haskell's {@code +}, {@code -}, {@code *}, {@code div},
 * {@code quot}, {@code rem}, {@code mod}, comparisons, and {@code expModInteger}. Under variants D
 * and E every argument except equalsInteger's and expModInteger's is a bounded {@code CInteger}
 * (see Note [On-chain bounds in variants D and E] in {@link TypedArgs}). All arguments are measured
 * by the default integer size.
 */
final class IntegerBuiltins {
  private IntegerBuiltins() {}

  static void register(BuiltinTable.Builder table, SemanticsVariant variant) {
    boolean bounded = TypedArgs.boundsArguments(variant);
    table.define(DefaultFun.addInteger, arithmetic(bounded, BigInteger::add), DEFAULT, DEFAULT);
    table.define(DefaultFun.subtractInteger, arithmetic(bounded, BigInteger::subtract), DEFAULT, DEFAULT);
    table.define(DefaultFun.multiplyInteger, arithmetic(bounded, BigInteger::multiply), DEFAULT, DEFAULT);
    table.define(DefaultFun.divideInteger, division(bounded, IntegerBuiltins::div), DEFAULT, DEFAULT);
    table.define(DefaultFun.quotientInteger, division(bounded, BigInteger::divide), DEFAULT, DEFAULT);
    table.define(DefaultFun.remainderInteger, division(bounded, BigInteger::remainder), DEFAULT, DEFAULT);
    table.define(DefaultFun.modInteger, division(bounded, IntegerBuiltins::mod), DEFAULT, DEFAULT);
    table.define(DefaultFun.equalsInteger,
        (a, c) -> BoolConstant.of(Args.integer(a[0]).equals(Args.integer(a[1]))), DEFAULT, DEFAULT);
    table.define(DefaultFun.lessThanInteger,
        (a, c) -> BoolConstant.of(compare(a, bounded) < 0), DEFAULT, DEFAULT);
    table.define(DefaultFun.lessThanEqualsInteger,
        (a, c) -> BoolConstant.of(compare(a, bounded) <= 0), DEFAULT, DEFAULT);
    table.define(DefaultFun.expModInteger,
        (a, c) -> IntegerConstant.of(
            ExpMod.expMod(Args.integer(a[0]), Args.integer(a[1]), Args.integer(a[2]), c)),
        DEFAULT, DEFAULT, DEFAULT);
  }

  private static BuiltinMeaning arithmetic(boolean bounded, BinaryOperator<BigInteger> op) {
    return (a, c) -> IntegerConstant.of(
        op.apply(TypedArgs.integer(a[0], bounded), TypedArgs.integer(a[1], bounded)));
  }

  private static BuiltinMeaning division(boolean bounded, BinaryOperator<BigInteger> op) {
    return (a, c) -> {
      BigInteger x = TypedArgs.integer(a[0], bounded);
      BigInteger y = TypedArgs.integer(a[1], bounded);
      if (y.signum() == 0) throw OperationalFailure.of(c, "Cannot divide by zero");
      return IntegerConstant.of(op.apply(x, y));
    };
  }

  private static int compare(CekValue[] a, boolean bounded) {
    return TypedArgs.integer(a[0], bounded).compareTo(TypedArgs.integer(a[1], bounded));
  }

  /** Haskell {@code div}: the quotient rounded towards negative infinity. */
  static BigInteger div(BigInteger x, BigInteger y) {
    BigInteger[] qr = x.divideAndRemainder(y);
    if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
      return qr[0].subtract(BigInteger.ONE);
    }
    return qr[0];
  }

  /** Haskell {@code mod}: the remainder with the sign of the divisor. */
  static BigInteger mod(BigInteger x, BigInteger y) {
    BigInteger r = x.remainder(y);
    if (r.signum() != 0 && r.signum() != y.signum()) {
      return r.add(y);
    }
    return r;
  }
}

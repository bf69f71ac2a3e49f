package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.i;
import static io.plutuscalibrate.uplc.builtins.BuiltinCalls.s;
import static io.plutuscalibrate.uplc.core.DefaultFun.addInteger;
import static io.plutuscalibrate.uplc.core.DefaultFun.divideInteger;
import static io.plutuscalibrate.uplc.core.DefaultFun.equalsInteger;
import static io.plutuscalibrate.uplc.core.DefaultFun.expModInteger;
import static io.plutuscalibrate.uplc.core.DefaultFun.lessThanEqualsInteger;
import static io.plutuscalibrate.uplc.core.DefaultFun.lessThanInteger;
import static io.plutuscalibrate.uplc.core.DefaultFun.modInteger;
import static io.plutuscalibrate.uplc.core.DefaultFun.multiplyInteger;
import static io.plutuscalibrate.uplc.core.DefaultFun.quotientInteger;
import static io.plutuscalibrate.uplc.core.DefaultFun.remainderInteger;
import static io.plutuscalibrate.uplc.core.DefaultFun.subtractInteger;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IntegerBuiltinsTest {
  private final BuiltinCalls e = BuiltinCalls.in(SemanticsVariant.E);

  private BigInteger value(DefaultFun fun, BigInteger x, BigInteger y) {
    return ((IntegerConstant) e.call(fun, i(x), i(y))).value();
  }

  private long value(DefaultFun fun, long x, long y) {
    return value(fun, BigInteger.valueOf(x), BigInteger.valueOf(y)).longValueExact();
  }

  // Values of Haskell's div, mod, quot, rem (GHCi).
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
      "7, 2, 3, 1, 3, 1",
      "-7, 2, -4, 1, -3, -1",
      "7, -2, -4, -1, -3, 1",
      "-7, -2, 3, -1, 3, -1",
      "6, 3, 2, 0, 2, 0",
      "-6, 3, -2, 0, -2, 0",
      "0, -5, 0, 0, 0, 0",
      "1, -5, -1, -4, 0, 1",
  })
  void divisionRoundsAsHaskell(long x, long y, long div, long mod, long quot, long rem) {
    assertEquals(div, value(divideInteger, x, y));
    assertEquals(mod, value(modInteger, x, y));
    assertEquals(quot, value(quotientInteger, x, y));
    assertEquals(rem, value(remainderInteger, x, y));
  }

  @Test
  void divisionLawsHoldForLargeRandomIntegers() {
    Random rnd = new Random(42);
    for (int k = 0; k < 2000; k++) {
      BigInteger x = new BigInteger(1 + rnd.nextInt(300), rnd);
      BigInteger y = new BigInteger(1 + rnd.nextInt(200), rnd);
      if (rnd.nextBoolean()) x = x.negate();
      if (rnd.nextBoolean()) y = y.negate();
      if (y.signum() == 0) continue;
      BigInteger d = value(divideInteger, x, y);
      BigInteger m = value(modInteger, x, y);
      BigInteger q = value(quotientInteger, x, y);
      BigInteger r = value(remainderInteger, x, y);
      assertEquals(x, y.multiply(d).add(m), "div/mod law");
      assertEquals(x, y.multiply(q).add(r), "quot/rem law");
      assertTrue(m.signum() == 0 || m.signum() == y.signum(), "mod has the divisor's sign");
      assertTrue(r.signum() == 0 || r.signum() == x.signum(), "rem has the dividend's sign");
      assertTrue(m.abs().compareTo(y.abs()) < 0 && r.abs().compareTo(y.abs()) < 0);
    }
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void divisionByZeroFailsAndLogs(SemanticsVariant variant) {
    for (DefaultFun f : List.of(divideInteger, quotientInteger, remainderInteger, modInteger)) {
      BuiltinCalls calls = BuiltinCalls.in(variant);
      calls.fails(f, i(5), i(0));
      assertEquals(List.of("Cannot divide by zero"), calls.logs);
      calls.fails(f, i(0), i(0));
    }
  }

  @Test
  void arithmeticOnHugeIntegers() {
    BigInteger big = BigInteger.TWO.pow(4000).add(BigInteger.valueOf(12345));
    assertEquals(big.add(big), value(addInteger, big, big));
    assertEquals(BigInteger.ZERO, value(subtractInteger, big, big));
    assertEquals(big.pow(2), value(multiplyInteger, big, big));
    assertEquals(new BigInteger("-1789345783478975892347952783608"),
        value(addInteger, new BigInteger("-1789345783478975892347952789342"), BigInteger.valueOf(5734)));
  }

  @Test
  void comparisons() {
    assertEquals(BoolConstant.TRUE, e.call(lessThanInteger, i(-3), i(2)));
    assertEquals(BoolConstant.FALSE, e.call(lessThanInteger, i(2), i(2)));
    assertEquals(BoolConstant.TRUE, e.call(lessThanEqualsInteger, i(2), i(2)));
    assertEquals(BoolConstant.FALSE, e.call(lessThanEqualsInteger, i(3), i(2)));
    assertEquals(BoolConstant.TRUE, e.call(equalsInteger, i("123456789012345678901234567890"),
        i("123456789012345678901234567890")));
    assertEquals(BoolConstant.FALSE, e.call(equalsInteger, i(-1), i(1)));
  }

  @Test
  void wrongArgumentTypeFailsWithoutLogging() {
    BuiltinFailure f = e.fails(addInteger, i(1), s("1"));
    assertTrue(f.getMessage().contains("expected integer"), f.getMessage());
    e.fails(addInteger, BuiltinCalls.nonConstant(), i(1));
    assertTrue(e.logs.isEmpty());
  }

  // See Note [On-chain bounds in variants D and E].
  private static final BigInteger MAX = BigInteger.TWO.pow(262143).subtract(BigInteger.ONE);
  private static final BigInteger MIN = BigInteger.TWO.pow(262143).negate();

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void variantsDAndEBoundIntegerArguments(SemanticsVariant variant) {
    BuiltinCalls calls = BuiltinCalls.in(variant);
    boolean bounded = variant == SemanticsVariant.D || variant == SemanticsVariant.E;
    // The extremes are accepted everywhere, and results are not bounded.
    assertEquals(MAX.add(MAX), ((IntegerConstant) calls.call(addInteger, i(MAX), i(MAX))).value());
    assertEquals(MIN.add(MIN), ((IntegerConstant) calls.call(addInteger, i(MIN), i(MIN))).value());
    for (DefaultFun f : List.of(addInteger, subtractInteger, multiplyInteger, divideInteger,
        quotientInteger, remainderInteger, modInteger, lessThanInteger, lessThanEqualsInteger)) {
      for (BigInteger out : List.of(MAX.add(BigInteger.ONE), MIN.subtract(BigInteger.ONE))) {
        if (bounded) {
          calls.fails(f, i(out), i(1));
          calls.fails(f, i(1), i(out));
        } else {
          calls.call(f, i(out), i(1));
          calls.call(f, i(1), i(out));
        }
      }
    }
    // equalsInteger takes plain Integers in every variant.
    BigInteger huge = MAX.add(BigInteger.TEN);
    assertEquals(BoolConstant.TRUE, calls.call(equalsInteger, i(huge), i(huge)));
    assertTrue(calls.logs.isEmpty(), "unlifting failures are not logged");
  }

  private BigInteger expMod(long b, long ex, long m) {
    return expMod(BigInteger.valueOf(b), BigInteger.valueOf(ex), BigInteger.valueOf(m));
  }

  private BigInteger expMod(BigInteger b, BigInteger ex, BigInteger m) {
    return ((IntegerConstant) e.call(expModInteger, i(b), i(ex), i(m))).value();
  }

  @ParameterizedTest(name = "{0}^{1} mod {2} = {3}")
  @CsvSource({
      "500, 0, 500, 1",   // conformance expMod-01
      "500, 5, 500, 0",   // expMod-02
      "1, -3, 4, 1",      // expMod-03
      "2, -3, 3, 2",      // expMod-04
      "4, -5, 9, 4",      // expMod-05
      "0, 0, 5, 1",
      "0, 3, 5, 0",
      "-2, 3, 5, 2",
      "3, -1, 7, 5",
      "-3, -1, 7, 2",
      "12345, 0, 1, 0",
      "0, -1, 1, 0",      // m = 1 comes before the invertibility check
  })
  void expModValues(long b, long ex, long m, long expected) {
    assertEquals(BigInteger.valueOf(expected), expMod(b, ex, m));
  }

  @ParameterizedTest(name = "{0}^{1} mod {2} fails")
  @CsvSource({
      "2, -3, -4",  // conformance exp-neg-non-inverse-01
      "1, 1, -3",   // mod-neg
      "1, 1, 0",    // mod-zero
      "2, -1, 4",   // 2 has no inverse modulo 4
      "0, -1, 5",   // nor has 0
      "6, -2, 9",
  })
  void expModFailures(long b, long ex, long m) {
    BuiltinCalls calls = BuiltinCalls.in(SemanticsVariant.E);
    calls.fails(expModInteger, i(b), i(ex), i(m));
    assertEquals(1, calls.logs.size(), "Plutus fails with a message");
  }

  @Test
  void expModBounds() {
    BigInteger max = BigInteger.TWO.pow(8191).subtract(BigInteger.ONE);
    BigInteger min = BigInteger.TWO.pow(8191).negate();
    BigInteger one = BigInteger.ONE;
    assertEquals(BigInteger.valueOf(243), expMod(BigInteger.valueOf(3), BigInteger.valueOf(5), max));
    assertEquals(BigInteger.ONE, expMod(max.subtract(one), BigInteger.valueOf(-2), max)); // (-1)^-2
    assertEquals(min.mod(max), expMod(min, one, max));
    e.fails(expModInteger, i(3), i(1), i(max.add(one)));
    e.fails(expModInteger, i(max.add(one)), i(1), i(7));
    e.fails(expModInteger, i(min.subtract(one)), i(1), i(7));
    e.fails(expModInteger, i(3), i(max.add(one)), i(7));
    e.fails(expModInteger, i(3), i(min.subtract(one)), i(7));
    // m = 1 is checked before the bounds of the base and the exponent.
    assertEquals(BigInteger.ZERO, expMod(max.add(one), max.add(one), one));
  }

  @Test
  void expModAgreesWithTheDefinition() {
    Random rnd = new Random(7);
    for (int k = 0; k < 2000; k++) {
      BigInteger b = BigInteger.valueOf(rnd.nextInt(2001) - 1000);
      int ex = rnd.nextInt(41) - 20;
      BigInteger m = BigInteger.valueOf(2 + rnd.nextInt(500));
      if (ex >= 0) {
        assertEquals(b.pow(ex).mod(m), expMod(b, BigInteger.valueOf(ex), m));
      } else if (b.gcd(m).equals(BigInteger.ONE)) {
        BigInteger r = expMod(b, BigInteger.valueOf(ex), m);
        assertTrue(r.signum() >= 0 && r.compareTo(m) < 0);
        assertEquals(BigInteger.ONE, r.multiply(b.pow(-ex)).mod(m), "r is the inverse of b^-e");
      } else {
        e.fails(expModInteger, i(b), i(ex), i(m));
      }
    }
  }
}

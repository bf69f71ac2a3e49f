package io.plutuscalibrate.uplc.builtins;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Calls builtins through the {@link BuiltinTable}, and builds constants, for the tests. */
final class Calls {
  private Calls() {}

  private static final BuiltinContext NO_LOG = message -> { };

  /** Applies {@code fun} under {@code variant} to saturated arguments. */
  static CekValue call(SemanticsVariant variant, DefaultFun fun, CekValue... args) {
    BuiltinSpec spec = BuiltinTable.forVariant(variant).find(fun)
        .orElseThrow(() -> new AssertionError(fun + " is not in the table of variant " + variant));
    return spec.meaning().apply(args, NO_LOG);
  }

  /** Applies {@code fun} under the newest variant. */
  static CekValue call(DefaultFun fun, CekValue... args) {
    return call(SemanticsVariant.NEWEST, fun, args);
  }

  /** Asserts that the call fails as an evaluation failure. */
  static BuiltinFailure fails(SemanticsVariant variant, DefaultFun fun, CekValue... args) {
    return assertThrows(BuiltinFailure.class, () -> call(variant, fun, args),
        () -> fun + " should fail under " + variant);
  }

  static BuiltinFailure fails(DefaultFun fun, CekValue... args) {
    return fails(SemanticsVariant.NEWEST, fun, args);
  }

  static ByteStringConstant bs(String hex) {
    return ByteStringConstant.of(HexFormat.of().parseHex(hex));
  }

  static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex);
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  static IntegerConstant i(long n) {
    return IntegerConstant.of(n);
  }

  static IntegerConstant i(BigInteger n) {
    return IntegerConstant.of(n);
  }

  static IntegerConstant i(String decimal) {
    return IntegerConstant.of(new BigInteger(decimal));
  }

  static BoolConstant b(boolean v) {
    return BoolConstant.of(v);
  }

  static ListConstant ints(long... xs) {
    List<IntegerConstant> items = new ArrayList<>();
    for (long x : xs) items.add(IntegerConstant.of(x));
    return ListConstant.of(Type.INTEGER, items);
  }
}

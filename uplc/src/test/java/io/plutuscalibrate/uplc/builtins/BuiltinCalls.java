package io.plutuscalibrate.uplc.builtins;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.StringConstant;
import io.plutuscalibrate.uplc.core.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Calls builtins straight through their table, recording what they log. */
final class BuiltinCalls implements BuiltinContext {
  final List<String> logs = new ArrayList<>();
  private final BuiltinTable table;

  BuiltinCalls(SemanticsVariant variant) {
    this.table = BuiltinTable.forVariant(variant);
  }

  static BuiltinCalls in(SemanticsVariant variant) {
    return new BuiltinCalls(variant);
  }

  @Override
  public void log(String message) {
    logs.add(message);
  }

  CekValue call(DefaultFun fun, CekValue... args) {
    BuiltinSpec spec = table.find(fun).orElseThrow(() -> new AssertionError(fun + " is not defined"));
    if (args.length != fun.arity()) throw new AssertionError(fun + " takes " + fun.arity());
    return spec.meaning().apply(args, this);
  }

  BuiltinFailure fails(DefaultFun fun, CekValue... args) {
    return assertThrows(BuiltinFailure.class, () -> call(fun, args),
        () -> fun + Arrays.toString(args) + " should fail");
  }

  static IntegerConstant i(long n) {
    return IntegerConstant.of(n);
  }

  static IntegerConstant i(BigInteger n) {
    return IntegerConstant.of(n);
  }

  static IntegerConstant i(String n) {
    return IntegerConstant.of(new BigInteger(n));
  }

  static ByteStringConstant bs(String hex) {
    return ByteStringConstant.of(HexFormat.of().parseHex(hex));
  }

  static StringConstant s(String text) {
    return StringConstant.of(text);
  }

  static ListConstant ints(long... xs) {
    List<Constant> items = new ArrayList<>();
    for (long x : xs) items.add(IntegerConstant.of(x));
    return ListConstant.of(Type.INTEGER, items);
  }

  /** A machine value that is not a constant (as a lambda or a delay would be). */
  static CekValue nonConstant() {
    return new CekValue() {
      @Override
      public String toString() {
        return "<lambda>";
      }
    };
  }
}

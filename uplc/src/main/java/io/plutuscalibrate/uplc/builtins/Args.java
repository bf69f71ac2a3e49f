package io.plutuscalibrate.uplc.builtins;

import io.plutuscalibrate.uplc.core.ArrayConstant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.G1Constant;
import io.plutuscalibrate.uplc.core.G2Constant;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.MlResultConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.StringConstant;
import io.plutuscalibrate.uplc.core.UnitConstant;
import io.plutuscalibrate.uplc.core.ValueConstant;
import java.math.BigInteger;

/**
 * Unlifting: reading a builtin's argument as the constant type its signature expects. A value of
 * another type is an evaluation failure (Plutus's unlifting error), never a Java exception.
 */
public final class Args {
  private Args() {}

  public static BigInteger integer(CekValue v) {
    if (v instanceof IntegerConstant i) return i.value();
    throw mismatch("integer", v);
  }

  public static byte[] bytes(CekValue v) {
    if (v instanceof ByteStringConstant b) return b.bytes();
    throw mismatch("bytestring", v);
  }

  public static ByteStringConstant byteString(CekValue v) {
    if (v instanceof ByteStringConstant b) return b;
    throw mismatch("bytestring", v);
  }

  public static String string(CekValue v) {
    if (v instanceof StringConstant s) return s.value();
    throw mismatch("string", v);
  }

  public static boolean bool(CekValue v) {
    if (v instanceof BoolConstant b) return b.value();
    throw mismatch("bool", v);
  }

  public static UnitConstant unit(CekValue v) {
    if (v instanceof UnitConstant u) return u;
    throw mismatch("unit", v);
  }

  public static Data data(CekValue v) {
    if (v instanceof Data d) return d;
    throw mismatch("data", v);
  }

  public static ListConstant list(CekValue v) {
    if (v instanceof ListConstant l) return l;
    throw mismatch("list", v);
  }

  public static PairConstant pair(CekValue v) {
    if (v instanceof PairConstant p) return p;
    throw mismatch("pair", v);
  }

  public static ArrayConstant array(CekValue v) {
    if (v instanceof ArrayConstant a) return a;
    throw mismatch("array", v);
  }

  public static ValueConstant value(CekValue v) {
    if (v instanceof ValueConstant val) return val;
    throw mismatch("value", v);
  }

  public static G1Constant g1(CekValue v) {
    if (v instanceof G1Constant g) return g;
    throw mismatch("bls12_381_G1_element", v);
  }

  public static G2Constant g2(CekValue v) {
    if (v instanceof G2Constant g) return g;
    throw mismatch("bls12_381_G2_element", v);
  }

  public static MlResultConstant mlResult(CekValue v) {
    if (v instanceof MlResultConstant m) return m;
    throw mismatch("bls12_381_MlResult", v);
  }

  /** An evaluation failure with the given reason. */
  public static BuiltinFailure fail(String reason) {
    return new BuiltinFailure(reason);
  }

  private static BuiltinFailure mismatch(String expected, CekValue actual) {
    String got = actual instanceof io.plutuscalibrate.uplc.core.Constant c
        ? c.type().toString() : "a non-constant value";
    return new BuiltinFailure("type mismatch: expected " + expected + ", got " + got);
  }
}

package io.plutuscalibrate.uplc.flat;

import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.ValueConstant;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.NavigableMap;
import java.util.TreeMap;

final class ValueConstantsForTest {
  private ValueConstantsForTest() {}

  /** A value holding one quantity of one token of one currency (keys in hex). */
  static ValueConstant single(String currency, String token, long quantity) {
    NavigableMap<ByteStringConstant, BigInteger> inner = new TreeMap<>();
    inner.put(ByteStringConstant.of(HexFormat.of().parseHex(token)), BigInteger.valueOf(quantity));
    NavigableMap<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> outer = new TreeMap<>();
    outer.put(ByteStringConstant.of(HexFormat.of().parseHex(currency)), inner);
    return ValueConstant.of(outer);
  }
}

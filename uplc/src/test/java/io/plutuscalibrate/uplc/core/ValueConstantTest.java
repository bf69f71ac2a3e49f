package io.plutuscalibrate.uplc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ValueConstant#fromEntries} accepts exactly the canonical forms Plutus's buildValueWith accepts. */
class ValueConstantTest {

  private static ByteStringConstant key(int... bytes) {
    byte[] b = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) b[i] = (byte) bytes[i];
    return ByteStringConstant.of(b);
  }

  private static ValueConstant.Token token(ByteStringConstant name, long q) {
    return new ValueConstant.Token(name, BigInteger.valueOf(q));
  }

  private static ValueConstant.Currency currency(ByteStringConstant c, ValueConstant.Token... ts) {
    return new ValueConstant.Currency(c, List.of(ts));
  }

  @Test
  void canonicalEntriesBuildAValue() {
    ValueConstant v = ValueConstant.fromEntries(List.of(
        currency(key(), token(key(), 5), token(key(0), -3)),
        currency(key(0x12, 0x34), token(key(0xff), 1)),
        currency(key(0x88), token(key(0x01), 2), token(key(0x01, 0x00), 7))));
    assertEquals(3, v.entries().size());
    assertEquals(5, v.totalSize());
    assertEquals(BigInteger.valueOf(-3), v.entries().get(key()).get(key(0)));
    assertEquals(ValueConstant.fromEntries(List.of()), ValueConstant.of(new java.util.TreeMap<>()));
  }

  @Test
  void boundsAreInclusive() {
    byte[] longest = new byte[ValueConstant.MAX_KEY_LENGTH];
    ValueConstant v = ValueConstant.fromEntries(List.of(currency(ByteStringConstant.of(longest),
        new ValueConstant.Token(key(), ValueConstant.MIN_QUANTITY),
        new ValueConstant.Token(key(1), ValueConstant.MAX_QUANTITY))));
    assertEquals(2, v.totalSize());
    assertEquals(BigInteger.TWO.pow(127).subtract(BigInteger.ONE), ValueConstant.MAX_QUANTITY);
  }

  @Test
  void nonCanonicalEntriesAreRejected() {
    ByteStringConstant tooLong = ByteStringConstant.of(new byte[ValueConstant.MAX_KEY_LENGTH + 1]);
    List<List<ValueConstant.Currency>> bad = List.of(
        List.of(currency(key(1), token(key(), 1)), currency(key(0), token(key(), 1))),
        List.of(currency(key(1), token(key(), 1)), currency(key(1), token(key(1), 1))),
        List.of(currency(key(1))),
        List.of(currency(key(1), token(key(2), 1), token(key(1), 1))),
        List.of(currency(key(1), token(key(2), 1), token(key(2), 1))),
        List.of(currency(key(1), token(key(2), 0))),
        List.of(currency(tooLong, token(key(), 1))),
        List.of(currency(key(), token(tooLong, 1))),
        List.of(currency(key(), new ValueConstant.Token(key(),
            ValueConstant.MAX_QUANTITY.add(BigInteger.ONE)))),
        List.of(currency(key(), new ValueConstant.Token(key(),
            ValueConstant.MIN_QUANTITY.subtract(BigInteger.ONE)))));
    for (List<ValueConstant.Currency> entries : bad) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ValueConstant.fromEntries(entries));
      assertTrue(e.getMessage().startsWith("invalid value: "), e.getMessage());
    }
  }
}

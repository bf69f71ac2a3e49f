package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.Calls.bs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.ValueConstant;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The value operations against {@code PlutusCore.Value}: Note [Value invariants], the set (not
 * add) semantics of insertCoin, bounds, cancellation, and the Data encoding.
 */
class ValuesTest {
  private static final BigInteger MAX = Values.MAX_QUANTITY;
  private static final BigInteger MIN = Values.MIN_QUANTITY;
  private static final ByteStringConstant E = ByteStringConstant.EMPTY;
  private static final ByteStringConstant AA = bs("aa");
  private static final ByteStringConstant BB = bs("bb");
  private static final ByteStringConstant CC = bs("cc");
  private static final ByteStringConstant LONG = ByteStringConstant.of(new byte[33]);
  private static final ByteStringConstant KEY32 = ByteStringConstant.of(new byte[32]);

  /** A value from (currency hex, token hex, quantity) triples. */
  static ValueConstant value(Object... triples) {
    TreeMap<ByteStringConstant, TreeMap<ByteStringConstant, BigInteger>> m = new TreeMap<>();
    for (int k = 0; k < triples.length; k += 3) {
      BigInteger q = triples[k + 2] instanceof BigInteger b ? b : BigInteger.valueOf(((Number) triples[k + 2]).longValue());
      m.computeIfAbsent(bs((String) triples[k]), x -> new TreeMap<>()).put(bs((String) triples[k + 1]), q);
    }
    return fromMap(m);
  }

  /** Note [Value invariants], and that the maps cannot be modified. */
  static void assertInvariants(ValueConstant v) {
    int total = 0;
    for (var e : v.entries().entrySet()) {
      assertTrue(e.getKey().length() <= Values.MAX_KEY_LENGTH, "currency length");
      assertFalse(e.getValue().isEmpty(), "empty inner map");
      for (var t : e.getValue().entrySet()) {
        assertTrue(t.getKey().length() <= Values.MAX_KEY_LENGTH, "token length");
        assertTrue(t.getValue().signum() != 0, "zero quantity");
        assertTrue(Values.inQuantityRange(t.getValue()), "quantity range");
        total++;
      }
      assertThrows(UnsupportedOperationException.class, () -> e.getValue().put(E, BigInteger.ONE));
    }
    assertEquals(total, v.totalSize());
  }

  @Test
  void insertCoinSetsTheQuantity() {
    ValueConstant v = value("aa", "aa", 5, "aa", "bb", 15, "aa", "cc", 20);
    assertEquals(value("aa", "aa", 5, "aa", "bb", 10, "aa", "cc", 20), Values.insertCoin(AA, BB, BigInteger.TEN, v));
    assertEquals(value("", "", 1, "00", "00", 1), Values.insertCoin(bs("00"), bs("00"), BigInteger.ONE, value("", "", 1)));
    assertEquals(value("", "", -1), Values.insertCoin(E, E, BigInteger.ONE.negate(), Values.EMPTY));
    // The input is unchanged.
    assertEquals(value("aa", "aa", 5, "aa", "bb", 15, "aa", "cc", 20), v);
    assertInvariants(Values.insertCoin(AA, BB, BigInteger.TEN, v));
  }

  @Test
  void insertingZeroDeletes() {
    assertEquals(Values.EMPTY, Values.insertCoin(E, E, BigInteger.ZERO, value("", "", 1)));
    assertEquals(value("aa", "cc", 20), Values.insertCoin(AA, BB, BigInteger.ZERO, value("aa", "bb", 1, "aa", "cc", 20)));
    ValueConstant v = value("", "", 1);
    assertSame(v, Values.insertCoin(AA, AA, BigInteger.ZERO, v));
    // Deleting does not check the keys.
    assertSame(v, Values.insertCoin(LONG, E, BigInteger.ZERO, v));
    assertSame(v, Values.insertCoin(E, LONG, BigInteger.ZERO, v));
  }

  @Test
  void insertCoinChecksKeysAndBounds() {
    assertThrows(BuiltinFailure.class, () -> Values.insertCoin(LONG, E, BigInteger.ONE, Values.EMPTY));
    assertThrows(BuiltinFailure.class, () -> Values.insertCoin(E, LONG, BigInteger.ONE, Values.EMPTY));
    assertThrows(BuiltinFailure.class, () -> Values.insertCoin(E, E, MAX.add(BigInteger.ONE), Values.EMPTY));
    assertThrows(BuiltinFailure.class, () -> Values.insertCoin(E, E, MIN.subtract(BigInteger.ONE), Values.EMPTY));
    assertEquals(MAX, Values.lookupCoin(E, E, Values.insertCoin(E, E, MAX, value("", "", 1))));
    assertEquals(MIN, Values.lookupCoin(E, E, Values.insertCoin(E, E, MIN, value("", "", 1))));
    assertEquals(BigInteger.ONE, Values.lookupCoin(KEY32, KEY32, Values.insertCoin(KEY32, KEY32, BigInteger.ONE, Values.EMPTY)));
  }

  @Test
  void lookupCoin() {
    ValueConstant v = value("aa", "aa", 100, "bb", "aa", 1);
    assertEquals(BigInteger.valueOf(100), Values.lookupCoin(AA, AA, v));
    assertEquals(BigInteger.ZERO, Values.lookupCoin(AA, BB, v));
    assertEquals(BigInteger.ZERO, Values.lookupCoin(CC, AA, v));
    assertEquals(BigInteger.ZERO, Values.lookupCoin(LONG, LONG, v));
  }

  @Test
  void unionAddsAndCancels() {
    assertEquals(Values.EMPTY, Values.union(value("", "", 100000), value("", "", -100000)));
    assertEquals(value("aa", "aa", 3, "bb", "aa", 125, "bb", "bb", 1),
        Values.union(value("aa", "aa", 1, "bb", "aa", 125), value("aa", "aa", 2, "bb", "bb", 1)));
    // A currency whose tokens all cancel disappears.
    assertEquals(value("bb", "aa", 1), Values.union(value("aa", "aa", 1, "bb", "aa", 1), value("aa", "aa", -1)));
    ValueConstant v = value("aa", "aa", 100000, "bb", "aa", 125);
    assertEquals(v, Values.union(Values.EMPTY, v));
    assertEquals(v, Values.union(v, Values.EMPTY));
  }

  @Test
  void unionBounds() {
    assertEquals(value("aa", "aa", MAX), Values.union(value("aa", "aa", MAX.subtract(BigInteger.ONE)), value("aa", "aa", 1)));
    assertEquals(value("aa", "aa", MIN), Values.union(value("aa", "aa", MIN.add(BigInteger.ONE)), value("aa", "aa", -1)));
    assertThrows(BuiltinFailure.class, () -> Values.union(value("aa", "aa", MAX), value("aa", "aa", 1)));
    assertThrows(BuiltinFailure.class, () -> Values.union(value("aa", "aa", MIN), value("aa", "aa", -1)));
  }

  @Test
  void unionLaws() {
    Random r = new Random(7);
    for (int t = 0; t < 300; t++) {
      ValueConstant a = random(r, false);
      ValueConstant b = random(r, false);
      ValueConstant c = random(r, false);
      ValueConstant ab = Values.union(a, b);
      assertInvariants(ab);
      assertEquals(ab, Values.union(b, a));
      assertEquals(Values.union(ab, c), Values.union(a, Values.union(b, c)));
      assertEquals(Values.EMPTY, Values.union(a, Values.scale(BigInteger.ONE.negate(), a)));
      // Pointwise sum.
      for (var e : a.entries().entrySet()) {
        for (var tok : e.getValue().keySet()) {
          assertEquals(Values.lookupCoin(e.getKey(), tok, a).add(Values.lookupCoin(e.getKey(), tok, b)),
              Values.lookupCoin(e.getKey(), tok, ab));
        }
      }
    }
  }

  @Test
  void containsExamples() {
    ValueConstant v = value("aa", "aa", 10, "aa", "bb", 2800, "ffff", "8888", 100);
    assertTrue(Values.contains(v, value("aa", "aa", 10, "ffff", "8888", 20)));
    assertFalse(Values.contains(v, value("aa", "aa", 10, "ffff", "8888", 101)));
    assertFalse(Values.contains(v, value("1234", "abcd", 20, "aa", "aa", 10)));
    assertFalse(Values.contains(value("aa", "bb", 100, "aa", "cc", 2800), value("aa", "dd", 5)));
    assertTrue(Values.contains(v, v));
    assertTrue(Values.contains(v, Values.EMPTY));
    assertTrue(Values.contains(Values.EMPTY, Values.EMPTY));
    assertFalse(Values.contains(Values.EMPTY, v));
  }

  @Test
  void containsRejectsNegativeAmounts() {
    ValueConstant neg = value("aa", "aa", -10);
    assertThrows(BuiltinFailure.class, () -> Values.contains(neg, Values.EMPTY));
    assertThrows(BuiltinFailure.class, () -> Values.contains(neg, neg));
    assertThrows(BuiltinFailure.class, () -> Values.contains(value("aa", "aa", 100), neg));
    // Even when the sizes alone would decide.
    assertThrows(BuiltinFailure.class, () -> Values.contains(Values.EMPTY, value("aa", "aa", 1, "bb", "bb", -1)));
  }

  @Test
  void containsLaws() {
    Random r = new Random(8);
    for (int t = 0; t < 300; t++) {
      ValueConstant a = random(r, true);
      ValueConstant b = random(r, true);
      ValueConstant ab = Values.union(a, b);
      assertTrue(Values.contains(ab, a));
      assertTrue(Values.contains(ab, b));
      boolean expected = true;
      for (var e : b.entries().entrySet()) {
        for (var tok : e.getValue().entrySet()) {
          expected &= Values.lookupCoin(e.getKey(), tok.getKey(), a).compareTo(tok.getValue()) >= 0;
        }
      }
      assertEquals(expected, Values.contains(a, b));
    }
  }

  @Test
  void scale() {
    ValueConstant v = value("aa", "aa", 5, "aa", "bb", -15, "aa", "cc", 20);
    assertEquals(value("aa", "aa", -10, "aa", "bb", 30, "aa", "cc", -40), Values.scale(BigInteger.valueOf(-2), v));
    assertEquals(value("aa", "aa", 10, "aa", "bb", -30, "aa", "cc", 40), Values.scale(BigInteger.TWO, v));
    assertEquals(Values.EMPTY, Values.scale(BigInteger.ZERO, v));
    BigInteger half = BigInteger.ONE.shiftLeft(126);
    assertEquals(value("aa", "aa", MAX.subtract(BigInteger.ONE)), Values.scale(BigInteger.TWO, value("aa", "aa", half.subtract(BigInteger.ONE))));
    assertEquals(value("aa", "aa", MIN), Values.scale(BigInteger.TWO, value("aa", "aa", half.negate())));
    assertThrows(BuiltinFailure.class, () -> Values.scale(BigInteger.TWO, value("aa", "aa", half)));
    assertThrows(BuiltinFailure.class, () -> Values.scale(BigInteger.ONE.negate(), value("aa", "aa", MIN)));
    // Scaling by 0 succeeds whatever the quantities.
    assertEquals(Values.EMPTY, Values.scale(BigInteger.ZERO, value("aa", "aa", MIN)));
  }

  @Test
  void policiesAscendWithTheEmptyCurrencyFirst() {
    ValueConstant v = value("bb", "aa", 1, "", "", 7, "aa", "aa", 1, "aa", "bb", 2);
    assertEquals(List.of(E, AA, BB), Values.policies(v).toList());
    assertTrue(Values.policies(Values.EMPTY).isEmpty());
  }

  @Test
  void valueDataEncoding() {
    ValueConstant v = value("aa", "aa", 1, "bb", "bb", 2, "bb", "cc", -3);
    Data expected = Data.map(List.of(
        pair(Data.bytes(hex("aa")), Data.map(List.of(pair(Data.bytes(hex("aa")), Data.integer(BigInteger.ONE))))),
        pair(Data.bytes(hex("bb")), Data.map(List.of(
            pair(Data.bytes(hex("bb")), Data.integer(BigInteger.TWO)),
            pair(Data.bytes(hex("cc")), Data.integer(BigInteger.valueOf(-3))))))));
    assertEquals(expected, Values.toData(v));
    assertEquals(v, Values.fromData(expected));
    assertEquals(Data.map(List.of()), Values.toData(Values.EMPTY));
    assertEquals(Values.EMPTY, Values.fromData(Data.map(List.of())));
  }

  @Test
  void valueDataRoundTrips() {
    Random r = new Random(9);
    for (int t = 0; t < 300; t++) {
      ValueConstant v = random(r, false);
      ValueConstant back = Values.fromData(Values.toData(v));
      assertEquals(v, back);
      assertInvariants(back);
    }
  }

  @Test
  void valueDataSizeLimit() {
    TreeMap<ByteStringConstant, TreeMap<ByteStringConstant, BigInteger>> m = new TreeMap<>();
    for (int k = 0; k <= Values.VALUE_DATA_MAX_SIZE; k++) {
      ByteStringConstant key = ByteStringConstant.of(BigInteger.valueOf(k).toByteArray());
      m.computeIfAbsent(bs(""), x -> new TreeMap<>()).put(key, BigInteger.ONE);
    }
    ValueConstant over = fromMap(m);
    assertEquals(Values.VALUE_DATA_MAX_SIZE + 1, over.totalSize());
    assertThrows(BuiltinFailure.class, () -> Values.toData(over));
    ValueConstant atLimit = Values.insertCoin(E, ByteStringConstant.of(BigInteger.ZERO.toByteArray()), BigInteger.ZERO, over);
    assertEquals(Values.VALUE_DATA_MAX_SIZE, atLimit.totalSize());
    assertEquals(atLimit, Values.fromData(Values.toData(atLimit)));
  }

  @Test
  void unValueDataRejections() {
    Data one = Data.integer(BigInteger.ONE);
    List<Data> bad = List.of(
        Data.integer(BigInteger.valueOf(42)),
        Data.bytes(hex("ff")),
        Data.list(List.of()),
        Data.constr(BigInteger.ZERO, List.of()),
        // A currency key too long, or not a bytestring.
        outer(pair(b(new byte[33]), inner(pair(b(""), one)))),
        outer(pair(one, inner(pair(b(""), one)))),
        // Tokens not a map, a token key too long or not a bytestring.
        outer(pair(b(""), one)),
        outer(pair(b(""), inner(pair(b(new byte[33]), one)))),
        outer(pair(b(""), inner(pair(one, one)))),
        // Quantities: not an integer, zero, out of range.
        outer(pair(b(""), inner(pair(b(""), b(""))))),
        outer(pair(b("aa"), inner(pair(b("bb"), Data.integer(BigInteger.ZERO)), pair(b("cc"), one)))),
        outer(pair(b(""), inner(pair(b(""), Data.integer(MAX.add(BigInteger.ONE)))))),
        outer(pair(b(""), inner(pair(b(""), Data.integer(MIN.subtract(BigInteger.ONE)))))),
        // An empty inner map.
        outer(pair(b("aa"), inner())),
        // Duplicate or unordered keys, even where merging would give a valid value.
        outer(pair(b("aa"), inner(pair(b("bb"), one))), pair(b("aa"), inner(pair(b("cc"), one)))),
        outer(pair(b("bb"), inner(pair(b("aa"), one))), pair(b("aa"), inner(pair(b("cc"), one)))),
        outer(pair(b("aa"), inner(pair(b("bb"), one), pair(b("bb"), one)))),
        outer(pair(b("aa"), inner(pair(b("cc"), one), pair(b("bb"), one)))),
        outer(pair(b("aa"), inner(pair(b("bb"), Data.integer(BigInteger.TEN)),
            pair(b("bb"), Data.integer(BigInteger.TEN.negate()))))));
    for (Data d : bad) {
      assertThrows(BuiltinFailure.class, () -> Values.fromData(d), d::toString);
    }
    // The longest keys are accepted.
    ValueConstant v = Values.fromData(outer(pair(b(new byte[32]), inner(pair(b(new byte[32]), one)))));
    assertEquals(BigInteger.ONE, Values.lookupCoin(KEY32, KEY32, v));
  }

  // Helpers.

  /** The value of a sorted map, through the factory the parser uses. */
  static ValueConstant fromMap(TreeMap<ByteStringConstant, TreeMap<ByteStringConstant, BigInteger>> m) {
    List<ValueConstant.Currency> currencies = new ArrayList<>();
    for (var e : m.entrySet()) {
      List<ValueConstant.Token> tokens = new ArrayList<>();
      for (var t : e.getValue().entrySet()) tokens.add(new ValueConstant.Token(t.getKey(), t.getValue()));
      currencies.add(new ValueConstant.Currency(e.getKey(), tokens));
    }
    return ValueConstant.fromEntries(currencies);
  }

  /** A random value over a few short keys; quantities small, and positive when asked. */
  static ValueConstant random(Random r, boolean positive) {
    String[] keys = {"", "00", "aa", "aa00", "ff"};
    TreeMap<ByteStringConstant, TreeMap<ByteStringConstant, BigInteger>> m = new TreeMap<>();
    int n = r.nextInt(8);
    for (int k = 0; k < n; k++) {
      long q = positive ? 1 + r.nextInt(50) : r.nextInt(101) - 50;
      if (q == 0) continue;
      m.computeIfAbsent(bs(keys[r.nextInt(keys.length)]), x -> new TreeMap<>())
          .put(bs(keys[r.nextInt(keys.length)]), BigInteger.valueOf(q));
    }
    return fromMap(m);
  }

  private static byte[] hex(String h) {
    return HexFormat.of().parseHex(h);
  }

  private static Data b(String h) {
    return Data.bytes(hex(h));
  }

  private static Data b(byte[] bytes) {
    return Data.bytes(bytes);
  }

  private static PairConstant pair(Data k, Data v) {
    return PairConstant.of(k, v);
  }

  private static Data outer(PairConstant... entries) {
    return Data.map(new ArrayList<>(List.of(entries)));
  }

  private static Data inner(PairConstant... entries) {
    return Data.map(new ArrayList<>(List.of(entries)));
  }
}

package io.plutuscalibrate.uplc.cbor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.PairConstant;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataCborTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

  private static Data i(long v) {
    return Data.integer(BigInteger.valueOf(v));
  }

  private static Data i(BigInteger v) {
    return Data.integer(v);
  }

  private static Data b(String hex) {
    return Data.bytes(HEX.parseHex(hex));
  }

  private static Data constr(long tag, Data... fields) {
    return Data.constr(BigInteger.valueOf(tag), List.of(fields));
  }

  private static void assertEncodes(String hex, Data d) {
    assertEquals(hex, HEX.formatHex(DataCbor.encode(d)), () -> "encoding of " + d);
    assertEquals(d, DataCbor.decode(HEX.parseHex(hex)).orElseThrow());
  }

  // Expected bytes written by hand from encodeData in PlutusCore/Data.hs and cborg's heads.

  @Test
  void integers() {
    assertEncodes("00", i(0));
    assertEncodes("17", i(23));
    assertEncodes("1818", i(24));
    assertEncodes("18ff", i(255));
    assertEncodes("190100", i(256));
    assertEncodes("1a00010000", i(65536));
    assertEncodes("1b0000000100000000", i(1L << 32));
    assertEncodes("20", i(-1));
    assertEncodes("3818", i(-25));
    assertEncodes("1bffffffffffffffff", i(TWO_64.subtract(BigInteger.ONE)));
    assertEncodes("3bffffffffffffffff", i(TWO_64.negate()));
    assertEncodes("c249010000000000000000", i(TWO_64));
    assertEncodes("c349010000000000000000", i(TWO_64.negate().subtract(BigInteger.ONE)));
  }

  @Test
  void hugeIntegerPayloadIsChunked() {
    BigInteger big = BigInteger.ONE.shiftLeft(8 * 64); // 65 bytes: 01 then 64 zeros
    String expected = "c2" + "5f" + "5840" + "01" + "00".repeat(63) + "41" + "00" + "ff";
    assertEncodes(expected, i(big));
  }

  @Test
  void byteStrings() {
    assertEncodes("40", b(""));
    assertEncodes("43010203", b("010203"));
    String b64 = "ab".repeat(64);
    assertEncodes("5840" + b64, b(b64));
    assertEncodes("5f5840" + b64 + "41cdff", b(b64 + "cd"));
    assertEncodes("5f5840" + b64 + "5840" + b64 + "ff", b(b64 + b64));
  }

  @Test
  void listsAreIndefiniteUnlessEmpty() {
    assertEncodes("80", Data.list(List.of()));
    assertEncodes("9f0102ff", Data.list(List.of(i(1), i(2))));
    assertEncodes("9f809f00ffff", Data.list(List.of(Data.list(List.of()), Data.list(List.of(i(0))))));
  }

  @Test
  void mapsAreDefinite() {
    assertEncodes("a0", Data.map(List.of()));
    assertEncodes("a2014002a0", Data.map(List.of(
        PairConstant.of(i(1), b("")), PairConstant.of(i(2), Data.map(List.of())))));
  }

  @Test
  void constructorTags() {
    assertEncodes("d87980", constr(0));
    assertEncodes("d87f9f00ff", constr(6, i(0)));
    assertEncodes("d9050080", constr(7));
    assertEncodes("d9057880", constr(127));
    assertEncodes("d866821880" + "80", constr(128));
    assertEncodes("d86682190400" + "9f40ff", constr(1024, b("")));
    assertEncodes("d866821bffffffffffffffff80",
        Data.constr(TWO_64.subtract(BigInteger.ONE), List.of()));
  }

  @Test
  void constructorTagsOutsideWord64EncodeButDoNotDecode() {
    byte[] neg = DataCbor.encode(Data.constr(BigInteger.valueOf(-1), List.of()));
    assertEquals("d866822080", HEX.formatHex(neg));
    assertFailsAt(3, neg);
    byte[] big = DataCbor.encode(Data.constr(TWO_64, List.of()));
    assertEquals("d86682c24901000000000000000080", HEX.formatHex(big));
    assertFailsAt(3, big);
  }

  /** Two encodings of one datum from Plutus's test/CBOR/DataStability.hs (auction_1-1). */
  @Test
  void plutusStabilityVector() {
    Data expected = constr(0, b("bd99a373075d42fe4ac9109515e46303d0940cb9620bf058b87986a9"), constr(0));
    Data old = DataCbor.decode(HEX.parseHex(
        "d87982581cbd99a373075d42fe4ac9109515e46303d0940cb9620bf058b87986a9d87980")).orElseThrow();
    assertEquals(expected, old);
    assertEncodes("d8799f581cbd99a373075d42fe4ac9109515e46303d0940cb9620bf058b87986a9d87980ff",
        expected);
  }

  @Test
  void roundTripProperty() {
    RandomData gen = new RandomData(20240611L);
    for (int n = 0; n < 3000; n++) {
      Data d = gen.next(1 + n % 4);
      byte[] enc = DataCbor.encode(d);
      DataDecodeResult r = DataCbor.decode(enc);
      assertEquals(d, r.orElseThrow(), () -> "round trip of " + HEX.formatHex(enc));
    }
  }

  /** Every encoding the decoder tolerates (heads, lengths, chunks) gives the same value. */
  @Test
  void laxEncodingsDecodeToTheSameValue() {
    RandomData gen = new RandomData(77L);
    LaxDataEncoder lax = new LaxDataEncoder(gen.random());
    for (int n = 0; n < 3000; n++) {
      Data d = gen.next(1 + n % 4);
      byte[] enc = lax.encode(d);
      assertEquals(d, DataCbor.decode(enc).orElseThrow(), () -> "decoding " + HEX.formatHex(enc));
    }
  }

  /** Truncating a valid encoding anywhere is a failure, never an exception. */
  @Test
  void everyProperPrefixFails() {
    RandomData gen = new RandomData(5L);
    for (int n = 0; n < 300; n++) {
      byte[] enc = DataCbor.encode(gen.next(2));
      if (enc.length > 1500) continue; // quadratic in the length
      for (int len = 0; len < enc.length; len++) {
        assertInstanceOf(DataDecodeResult.Failure.class,
            DataCbor.decode(Arrays.copyOf(enc, len)));
      }
    }
  }

  /** Corrupted encodings decode to some result; the decoder never throws. */
  @Test
  void corruptedInputNeverThrows() {
    RandomData gen = new RandomData(11L);
    java.util.Random rnd = gen.random();
    for (int n = 0; n < 2000; n++) {
      byte[] enc = DataCbor.encode(gen.next(2));
      for (int k = 0; k < 3; k++) enc[rnd.nextInt(enc.length)] = (byte) rnd.nextInt(256);
      DataDecodeResult r = DataCbor.decode(enc);
      assertTrue(r instanceof DataDecodeResult.Success || r instanceof DataDecodeResult.Failure);
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // what, input, offset of the failure
      "text string, 6161, 0",
      "float, f93c00, 0",
      "simple true, f5, 0",
      "null, f6, 0",
      "break as an item, 81ff, 1",
      "tag 2 in a two-byte head, d80240, 0",
      "unknown tag 120, d87880, 0",
      "unknown tag 128, d88080, 0",
      "unknown tag 1279, d904ff80, 0",
      "unknown tag 1401, d9057980, 0",
      "fields not a list, d879a0, 2",
      "definite bytes over 64, 5841{65}, 0",
      "chunk over 64, 5f5841{65}ff, 1",
      "nested indefinite chunk, 5f5f40ffff, 1",
      "text chunk, 5f6161ff, 1",
      "bignum of a list, c280, 1",
      "bignum payload over 64, c25841{65}, 1",
      "tag 102 with three elements, d86683008000, 5",
      "tag 102 with one element, d8668100, 4",
      "tag 102 indefinite with three, d8669f008000ff, 5",
      "tag 102 negative index, d866822080, 3",
      "tag 102 not a list, d866a0, 2",
      "break between key and value, bf01ff, 2",
      "truncated head argument, 1900, 0",
      "reserved additional info, 1c, 0",
      "indefinite integer, 1f, 0",
      "trailing bytes, 0000, 1",
      "empty input, '', 0",
  })
  void rejects(String what, String hex, int offset) {
    assertFailsAt(offset, HEX.parseHex(hex.replace("{65}", "00".repeat(65))));
  }

  private static void assertFailsAt(int offset, byte[] input) {
    DataDecodeResult r = DataCbor.decode(input);
    DataDecodeResult.Failure f = assertInstanceOf(DataDecodeResult.Failure.class, r,
        () -> "decoding " + HEX.formatHex(input));
    assertEquals(offset, f.offset(), f::toString);
  }

  @Test
  void acceptsWhatTheEncoderNeverWrites() {
    assertEquals(i(1), DataCbor.decode(HEX.parseHex("1b0000000000000001")).orElseThrow());
    assertEquals(i(0), DataCbor.decode(HEX.parseHex("c240")).orElseThrow());
    assertEquals(i(-1), DataCbor.decode(HEX.parseHex("c35f404100ff")).orElseThrow());
    assertEquals(constr(3), DataCbor.decode(HEX.parseHex("d86682039fff")).orElseThrow());
    assertEquals(constr(3, i(1)), DataCbor.decode(HEX.parseHex("d8669f038101ff")).orElseThrow());
    assertEquals(Data.map(List.of(PairConstant.of(i(1), i(2)))),
        DataCbor.decode(HEX.parseHex("bf0102ff")).orElseThrow());
    assertEquals(constr(0), DataCbor.decode(HEX.parseHex("db000000000000007980")).orElseThrow());
  }

  @Test
  void prefixDecodingLeavesTrailingBytes() {
    byte[] in = HEX.parseHex("ff9f01ff00");
    DataDecodeResult r = DataCbor.decodePrefix(in, 1, in.length);
    DataDecodeResult.Success s = assertInstanceOf(DataDecodeResult.Success.class, r);
    assertEquals(4, s.end());
    assertEquals(Data.list(List.of(i(1))), s.data());
  }

  /** Nesting far deeper than the Java stack allows for recursion. */
  @Test
  void deepNesting() {
    int depth = 200_000;
    Data d = i(7);
    for (int k = 0; k < depth; k++) d = Data.list(List.of(d));
    byte[] enc = DataCbor.encode(d);
    assertEquals(2 * depth + 1, enc.length);
    Data back = DataCbor.decode(enc).orElseThrow();
    int seen = 0;
    while (back instanceof Data.List l) {
      back = (Data) l.items.head();
      seen++;
    }
    assertEquals(depth, seen);
    assertEquals(i(7), back);
  }

  @Test
  void encodeDoesNotShareTheInput() {
    byte[] raw = {1, 2, 3};
    Data d = Data.bytes(raw);
    byte[] enc = DataCbor.encode(d);
    enc[1] = 9;
    assertArrayEquals(new byte[] {1, 2, 3}, ((Data.B) d).value());
    assertTrue(DataCbor.decode(DataCbor.encode(d)).orElseThrow().equals(d));
  }
}

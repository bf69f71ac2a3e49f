package io.plutuscalibrate.measurements.workload;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.measurements.workload.DataGen.Top;
import io.plutuscalibrate.measurements.workload.ValueGen.Keys;
import io.plutuscalibrate.uplc.builtins.SizeMeasure;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.StringConstant;
import io.plutuscalibrate.uplc.core.ValueConstant;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeneratorsTest {

  @Test
  void integersHaveExactlyTheirWordsAndBothSigns() {
    SplittableRandom rng = new SplittableRandom(3);
    int negative = 0;
    for (int w = 1; w <= 70; w++) {
      for (int k = 0; k < 20; k++) {
        BigInteger n = Integers.words(rng, w);
        assertEquals(w, SizeMeasure.integerSize(n));
        assertTrue(n.bitLength() <= 64 * w - 1, "within [-2^(64w-1), 2^(64w-1))");
        if (n.signum() < 0) negative++;
        BigInteger c = Integers.copy(n);
        assertEquals(n, c);
        assertNotSame(n, c);
      }
    }
    assertTrue(negative > 500 && negative < 900, negative + " negatives of 1400");
    assertEquals(3, SizeMeasure.integerSize(Integers.repunit(3)));
    assertEquals(BigInteger.TWO.pow(192).subtract(BigInteger.ONE), Integers.repunit(3));
  }

  @Test
  void stringsAreFourByteCharactersSoBothMeasuresAgree() {
    SplittableRandom rng = new SplittableRandom(4);
    for (int chars : new int[] {0, 1, 7, 100, 1000}) {
      StringConstant s = Texts.constant(rng, chars);
      assertEquals(chars, s.value().codePointCount(0, s.value().length()));
      assertEquals(4L * chars, s.value().getBytes(StandardCharsets.UTF_8).length);
      assertEquals(chars, SizeMeasure.DEFAULT.size(s));
      assertEquals(chars, SizeMeasure.TEXT_BYTE_LENGTH.size(s));
    }
    ByteStringConstant utf8 = Texts.utf8Words(rng, 25);
    assertEquals(200, utf8.length());
    assertEquals(25, SizeMeasure.DEFAULT.size(utf8));
  }

  @Test
  void dataIsBoundedAndCopiesAreEqualButSeparate() {
    SplittableRandom rng = new SplittableRandom(5);
    for (int i = 0; i < 60; i++) {
      Top top = Top.values()[i % Top.values().length];
      Data d = DataGen.bounded(rng, DataGen.shape(i), top, 5_000);
      assertTrue(SizeMeasure.dataSize(d) <= 5_000);
      switch (top) {
        case CONSTR -> assertTrue(d instanceof Data.Constr);
        case MAP -> assertTrue(d instanceof Data.Map);
        case LIST -> assertTrue(d instanceof Data.List);
        case I -> assertTrue(d instanceof Data.I);
        case B -> assertTrue(d instanceof Data.B);
        case ANY -> { }
      }
      Data c = DataGen.copy(d);
      assertEquals(d, c);
      assertNotSame(d, c);
    }
  }

  @Test
  void valuesHaveThePlannedShapeAndDistinctWorstCaseKeys() {
    SplittableRandom rng = new SplittableRandom(6);
    ValueGen.WithDeepest v = ValueGen.withDeepest(new Keys(rng), 45, 91, ValueGen.INT64_MAX);
    assertEquals(91 + 45 - 1, v.value().totalSize());
    // ValueMaxDepth: (floor(log2 45) + 1) + (floor(log2 91) + 1) = 6 + 7.
    assertEquals(13, SizeMeasure.VALUE_MAX_DEPTH.size(v.value()));
    assertEquals(v.value().entries().lastKey(), v.policy());
    assertEquals(v.value().entries().get(v.policy()).lastKey(), v.token());
    for (ByteStringConstant k : v.value().entries().keySet()) {
      assertEquals(32, k.length());
      for (int i = 0; i < 28; i++) assertEquals((byte) 0xFF, k.bytes()[i]);
    }
    ValueConstant u = ValueGen.uniform(new Keys(rng).sorted(300), new Keys(rng).sorted(2),
        BigInteger.TWO);
    assertEquals(600, u.totalSize());
    Data d = ValueGen.toData(u);
    assertEquals(1 + 2 * 300 + 2 * 600, SizeMeasure.dataNodeCount(d));
  }

  /** BIP-340's own test vectors 0, 1 and 15-18 (the last four with messages not of 32 bytes). */
  @Test
  void schnorrSignaturesAreBip340s() {
    String[][] vectors = {
      {"0000000000000000000000000000000000000000000000000000000000000003",
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0000000000000000000000000000000000000000000000000000000000000000",
        "F9308A019258C31049344F85F89D5229B531C845836F99B08601F113BCE036F9",
        "E907831F80848D1069A5371B402410364BDF1C5F8307B0084C55F1CE2DCA821525F66A4A85EA8B71E482A74F382D2CE5EBEEE8FDB2172F477DF4900D310536C0"},
      {"B7E151628AED2A6ABF7158809CF4F3C762E7160F38B4DA56A784D9045190CFEF",
        "0000000000000000000000000000000000000000000000000000000000000001",
        "243F6A8885A308D313198A2E03707344A4093822299F31D0082EFA98EC4E6C89",
        "DFF1D77F2A671C5F36183726DB2341BE58FEAE1DA2DECED843240F7B502BA659",
        "6896BD60EEAE296DB48A229FF71DFE071BDE413E6D43F917DC8DCF8C78DE33418906D11AC976ABCCB20B091292BFF4EA897EFCB639EA871CFA95F6DE339E4B0A"},
      {"0340034003400340034003400340034003400340034003400340034003400340",
        "0000000000000000000000000000000000000000000000000000000000000000", "",
        "778CAA53B4393AC467774D09497A87224BF9FAB6F6E68B23086497324D6FD117",
        "71535DB165ECD9FBBC046E5FFAEA61186BB6AD436732FCCC25291A55895464CF6069CE26BF03466228F19A3A62DB8A649F2D560FAC652827D1AF0574E427AB63"},
      {"0340034003400340034003400340034003400340034003400340034003400340",
        "0000000000000000000000000000000000000000000000000000000000000000", "11",
        "778CAA53B4393AC467774D09497A87224BF9FAB6F6E68B23086497324D6FD117",
        "08A20A0AFEF64124649232E0693C583AB1B9934AE63B4C3511F3AE1134C6A303EA3173BFEA6683BD101FA5AA5DBC1996FE7CACFC5A577D33EC14564CEC2BACBF"},
      {"0340034003400340034003400340034003400340034003400340034003400340",
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0102030405060708090A0B0C0D0E0F1011",
        "778CAA53B4393AC467774D09497A87224BF9FAB6F6E68B23086497324D6FD117",
        "5130F39A4059B43BC7CAC09A19ECE52B5D8699D1A71E3C52DA9AFDB6B50AC370C4A482B77BF960F8681540E25B6771ECE1E5A37FD80E5A51897C5566A97EA5A5"},
      {"0340034003400340034003400340034003400340034003400340034003400340",
        "0000000000000000000000000000000000000000000000000000000000000000", "99".repeat(100),
        "778CAA53B4393AC467774D09497A87224BF9FAB6F6E68B23086497324D6FD117",
        "403B12B0D8555A344175EA7EC746566303321E5DBFA8BE6F091635163ECA79A8585ED3E3170807E7C03B720FC54C7B23897FCBA0E9D0B4A06894CFD249F22367"},
    };
    HexFormat hex = HexFormat.of();
    for (String[] v : vectors) {
      Bip340Signer.KeyPair key = Bip340Signer.keyPair(hex.parseHex(v[0]));
      assertArrayEquals(hex.parseHex(v[3]), key.publicKey(), v[3]);
      assertArrayEquals(hex.parseHex(v[4]),
          Bip340Signer.sign(key, hex.parseHex(v[2]), hex.parseHex(v[1])), v[4]);
    }
  }
}

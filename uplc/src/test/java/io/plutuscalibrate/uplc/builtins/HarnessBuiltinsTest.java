package io.plutuscalibrate.uplc.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.CekValue;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.Version;
import io.plutuscalibrate.uplc.flat.Flat;
import io.plutuscalibrate.uplc.flat.FlatDecodeResult;
import io.plutuscalibrate.uplc.text.ParseResult;
import io.plutuscalibrate.uplc.text.UplcParser;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HarnessBuiltinsTest {

  @Test
  void noUserProgramCanNameANop() {
    for (DefaultFun nop : HarnessBuiltins.NOPS) {
      assertTrue(nop.isHarnessOnly());
      assertTrue(DefaultFun.fromName(nop.name()).isEmpty(), nop.name());
      assertTrue(DefaultFun.fromFlatTag(nop.flatTag()).isEmpty(), nop.name());
      ParseResult<?> r = UplcParser.parseProgram(
          "(program 1.1.0 [(builtin " + nop.name() + ") (con integer 1)])", "nop.uplc");
      assertTrue(r instanceof ParseResult.Failed<?>, nop.name() + " parsed");
    }
    assertTrue(DefaultFun.fromFlatTag(104).isEmpty());
    assertTrue(DefaultFun.fromFlatTag(127).isEmpty());
  }

  @Test
  void flatNeitherEncodesNorDecodesANop() {
    Program nop = new Program(Version.V1_1_0, new Term.Builtin(DefaultFun.nop1o));
    assertThrows(IllegalArgumentException.class, () -> Flat.encode(nop));
    // (program 1.1.0 (builtin assetCount)) with the 7-bit tag 103 rewritten to nop1o's 104.
    byte[] bytes = Flat.encode(new Program(Version.V1_1_0, new Term.Builtin(DefaultFun.assetCount)));
    assertEquals(103, bits(bytes, 28, 7), "the tag follows the version and the term tag");
    setBits(bytes, 28, 7, DefaultFun.nop1o.flatTag());
    assertTrue(Flat.decode(bytes) instanceof FlatDecodeResult.Failure);
  }

  private static int bits(byte[] b, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) v = (v << 1) | ((b[i / 8] >> (7 - i % 8)) & 1);
    return v;
  }

  private static void setBits(byte[] b, int from, int n, int value) {
    for (int i = 0; i < n; i++) {
      int bit = (value >> (n - 1 - i)) & 1;
      int at = from + i;
      b[at / 8] = (byte) ((b[at / 8] & ~(1 << (7 - at % 8))) | (bit << (7 - at % 8)));
    }
  }

  @Test
  void thePlutusBuiltinsAreTheFlatTagsZeroTo103() {
    assertEquals(104, DefaultFun.plutusBuiltins().size());
    for (DefaultFun f : DefaultFun.plutusBuiltins()) {
      assertFalse(f.isHarnessOnly(), f.name());
      assertEquals(f, DefaultFun.fromFlatTag(f.flatTag()).orElseThrow());
      assertEquals(f, DefaultFun.fromName(f.name()).orElseThrow());
    }
    assertEquals(DefaultFun.assetCount, DefaultFun.plutusBuiltins().get(103));
  }

  @Test
  void onlyTheHarnessTableDefinesTheNops() {
    for (SemanticsVariant v : SemanticsVariant.values()) {
      BuiltinTable plain = BuiltinTable.forVariant(v);
      BuiltinTable harness = HarnessBuiltins.table(v);
      assertEquals(v, harness.variant());
      for (DefaultFun f : DefaultFun.values()) {
        if (f.isHarnessOnly()) {
          assertTrue(plain.find(f).isEmpty(), f.name());
          assertTrue(harness.find(f).isPresent(), f.name());
        } else {
          assertEquals(plain.find(f), harness.find(f), f.name());
        }
      }
    }
  }

  @Test
  void aNopIgnoresItsArgumentsAndReturnsElevenTimesItsArity() {
    BuiltinTable table = HarnessBuiltins.table(SemanticsVariant.NEWEST);
    for (int n = 1; n <= 6; n++) {
      DefaultFun nop = HarnessBuiltins.NOPS.get(n - 1);
      assertEquals(n, nop.arity());
      assertEquals(0, nop.forces());
      BuiltinSpec spec = table.find(nop).orElseThrow();
      CekValue[] args = new CekValue[n];
      Arrays.fill(args, BoolConstant.TRUE); // not integers: nothing is unlifted
      assertEquals(IntegerConstant.of(11L * n), spec.meaning().apply(args, message -> {}));
      assertTrue(spec.sizes().stream().allMatch(s -> s == SizeMeasure.DEFAULT));
    }
  }

  @Test
  void theNopCostsAreTheOfficialNopCostModelsAndConstant() {
    BuiltinCostModel official = OfficialModels.newestBuiltinCostModel();
    BuiltinCostModel m = HarnessBuiltins.withCosts(official);
    assertEquals(official.builtins().size() + 6, m.builtins().size());
    for (int n = 1; n <= 6; n++) {
      var f = m.find("nop" + n + "o").orElseThrow();
      assertTrue(f.cpu().isConstant() && f.memory().isConstant());
      long[] sizes = new long[n];
      assertEquals(1_000_000L + 250_000L * (n - 1), f.cpu().cost(sizes));
      assertEquals(100L * n, f.memory().cost(sizes));
    }
    for (String b : official.builtins()) assertEquals(official.get(b), m.get(b));
  }
}

package io.plutuscalibrate.uplc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.G1Constant;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.Version;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import supranational.blst.P1;

class UplcPrinterTest {

  private static String reprint(String term) {
    return UplcPrinter.print(UplcParser.parseTerm(term, "t").orElseThrow());
  }

  @Test
  void programsAndTermForms() {
    assertEquals("(program 1.0.0 (con integer 3))",
        UplcPrinter.print(new Program(Version.V1_0_0, new Term.Const(IntegerConstant.of(3)))));
    assertEquals("[(builtin addInteger) (con integer 1) (con integer -2)]",
        reprint("[[(builtin addInteger) (con integer 1)] (con integer -2)]"));
    assertEquals("[(force (delay (error))) [(builtin trace) (con unit ())]]",
        reprint("[(force (delay (error))) [(builtin trace) (con unit ())]]"));
    assertEquals("(constr 18446744073709551615 (con bool True))",
        UplcPrinter.print(new Term.Constr(-1L, List.of(new Term.Const(
            io.plutuscalibrate.uplc.core.BoolConstant.TRUE)))));
    assertEquals("(case (constr 0) (error) (error))", reprint("(case (constr 0) (error) (error))"));
  }

  /** Note [Printed names]. */
  @Test
  void namesKeepHintsAndNeverShadow() {
    assertEquals("(lam x (lam y x))", reprint("(lam x (lam y x))"));
    assertEquals("(lam x (lam x_1 x_1))", reprint("(lam x (lam x x))"));
    assertEquals("(lam x (lam y (lam x_2 [x_2 y])))", reprint("(lam x (lam y (lam x [x y])))"));
    // Sibling scopes may reuse a name.
    assertEquals("[(lam x x) (lam x x)]", reprint("[(lam x x) (lam x x)]"));
    // Suffixed names keep their text; the unique suffix is not printed.
    assertEquals("(lam x (lam x_1 x))", reprint("(lam x-1 (lam x-2 x-1))"));
    assertEquals("(lam `a+b` `a+b`)", reprint("(lam `a+b` `a+b`)"));
    // A written name that looks generated does not capture.
    assertEquals("(lam x (lam x_1 (lam x_2 [x_1 x_2])))", reprint("(lam x (lam x_1 (lam x [x_1 x])))"));
    assertEquals("(lam x_1 (lam x (lam x_2 [x_1 x_2])))", reprint("(lam x_1 (lam x (lam x [x_1 x])))"));
  }

  @Test
  void missingOrInvalidHintsAndOpenTerms() {
    assertEquals("(lam i (lam i_1 i))", UplcPrinter.print(new Term.Lam(null, new Term.Lam("", new Term.Var(2)))));
    assertEquals("(lam i (lam i_1 i_1))", UplcPrinter.print(new Term.Lam("λ", new Term.Lam("a b", new Term.Var(1)))));
    assertEquals("(lam x [x free_1 free_2])", UplcPrinter.print(new Term.Lam("x",
        new Term.Apply(new Term.Apply(new Term.Var(1), new Term.Var(2)), new Term.Var(3)))));
    assertEquals("(lam free_1_0 free_1)", UplcPrinter.print(new Term.Lam("free_1", new Term.Var(2))));
  }

  /** The layout of Plutus's prettyConst (see the conformance expected files). */
  @ParameterizedTest
  @ValueSource(strings = {
    "integer -12345678901234567890",
    "bytestring #00ff0a",
    "bytestring #",
    "string \"a\\n\\t\\\"\\\\ λ \\DEL\\128\\&9\"",
    "unit ()",
    "bool False",
    "(list integer) [1, -2, 3]",
    "(list (list bool)) [[True], []]",
    "(array (pair integer string)) [(1, \"a\"), (2, \"b\")]",
    "(pair unit (list unit)) ((), [()])",
    "data (Constr 0 [I 1, B #00, List [], Map [(I 1, I -2)], Constr 1 []])",
    "(list data) [I 1, List [Map []]]",
    "(pair data data) (B #, I 0)",
    "value []",
    "value [(#, [(#, 1)]), (#ffff, [(#aa, -10), (#bb, 20)])]",
    "bls12_381_G1_element 0xc00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
  })
  void constantsPrintAsPlutus(String text) {
    Constant c = UplcParser.parseConstant(text, "t").orElseThrow();
    assertEquals(text, UplcPrinter.printConstant(c));
  }

  @Test
  void groupElementsPrintCompressedLowerCaseHex() {
    String g = UplcPrinter.printConstant(G1Constant.of(P1.generator()));
    assertEquals("bls12_381_G1_element 0x97f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb", g);
  }
}

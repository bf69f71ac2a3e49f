package io.plutuscalibrate.uplc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.Type;
import io.plutuscalibrate.uplc.core.UnitConstant;
import io.plutuscalibrate.uplc.core.Version;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UplcParserTest {

  private static Program program(String source) {
    ParseResult<Program> r = UplcParser.parseProgram(source, "test");
    if (r instanceof ParseResult.Failed<Program> f) fail("should parse: " + f.error());
    return r.orElseThrow();
  }

  private static Term term(String source) {
    return UplcParser.parseTerm(source, "test").orElseThrow();
  }

  private static Constant constant(String source) {
    return UplcParser.parseConstant(source, "test").orElseThrow();
  }

  private static ParseError error(String source) {
    ParseResult<Program> r = UplcParser.parseProgram(source, "test");
    return assertInstanceOf(ParseResult.Failed.class, r, "should not parse: " + source).error();
  }

  private static Term lam(Term body) {
    return new Term.Lam("x", body);
  }

  private static Term var(int i) {
    return new Term.Var(i);
  }

  private static Term con(long n) {
    return new Term.Const(IntegerConstant.of(n));
  }

  // ---- terms ----

  @Test
  void programWithVersionAndTerm() {
    Program p = program("(program 1.1.0 (con integer 3))");
    assertEquals(new Version(1, 1, 0), p.version());
    assertEquals(con(3), p.term());
  }

  @Test
  void variablesBecomeDeBruijnIndices() {
    assertEquals(lam(lam(var(2))), term("(lam x (lam y x))"));
    assertEquals(lam(lam(var(1))), term("(lam x (lam y y))"));
    // Shadowing: the inner binder wins.
    assertEquals(lam(lam(var(1))), term("(lam x (lam x x))"));
    assertEquals(lam(new Term.Apply(lam(var(2)), var(1))), term("(lam x [(lam y x) x])"));
  }

  @Test
  void lambdaKeepsTheNameTextAsHint() {
    Term.Lam l = (Term.Lam) term("(lam foo'_1 foo'_1)");
    assertEquals("foo'_1", l.name);
    assertEquals("x", ((Term.Lam) term("(lam x-7 x-7)")).name);
    assertEquals("a+b", ((Term.Lam) term("(lam `a+b` `a+b`)")).name);
  }

  /** See Note [Names and uniques]: the unique, not the text, identifies a variable. */
  @Test
  void uniquesIdentifyVariables() {
    assertEquals(lam(lam(var(2))), term("(lam x-0 (lam y-1 x-0))"));
    assertEquals(lam(lam(var(1))), term("(lam x-1 (lam x-2 x-2))"));
    // Same unique, different text: the same variable, as in Plutus.
    assertEquals(lam(lam(var(2))), term("(lam a-5 (lam b-6 c-5))"));
    // 'y' is the first unsuffixed name, so it gets the fresh unique 0 and x-0 binds it.
    assertEquals(lam(var(1)), term("(lam x-0 y)"));
    assertInstanceOf(ParseResult.Failed.class, UplcParser.parseTerm("(lam x-1 y)", "t"));
    // A '-' not followed by digits is not a suffix; here it starts a comment.
    assertEquals(lam(var(1)), term("(lam x x--comment\n)"));
  }

  @Test
  void applicationIsNestedLeftToRight() {
    Term f = new Term.Builtin(DefaultFun.addInteger);
    assertEquals(new Term.Apply(new Term.Apply(f, con(1)), con(2)),
        term("[(builtin addInteger) (con integer 1) (con integer 2)]"));
    assertEquals(new Term.Apply(new Term.Apply(new Term.Apply(f, con(1)), con(2)), con(3)),
        term("[ (builtin addInteger)(con integer 1)(con integer 2) (con integer 3) ]"));
  }

  @Test
  void otherTermForms() {
    assertEquals(new Term.Force(new Term.Delay(Term.Error.INSTANCE)), term("(force (delay (error)))"));
    assertEquals(new Term.Builtin(DefaultFun.ifThenElse), term("(builtin ifThenElse)"));
    assertEquals(new Term.Constr(0, List.of()), term("(constr 0)"));
    assertEquals(new Term.Constr(-1L, List.of(con(1), Term.Error.INSTANCE)),
        term("(constr 18446744073709551615 (con integer 1) (error))"));
    assertEquals(new Term.Case(con(1), List.of()), term("(case (con integer 1))"));
    assertEquals(new Term.Case(new Term.Constr(1, List.of()), List.of(con(1), con(2))),
        program("(program 1.1.0 (case (constr 1) (con integer 1) (con integer 2)))").term());
  }

  @Test
  void commentsAndWhitespaceAnywhereATokenEnds() {
    Program p = program("""
        -- leading comment
        {- block {- nested -} comment -}
        ( {-a-} program -- the keyword
          1.0.0 {- the term: -} [ (lam x -- binder
          x) (con integer {- here too -} - 5) ]
        ) -- trailing
        """);
    assertEquals(new Term.Apply(lam(var(1)), con(-5)), p.term());
    assertEquals(con(1), program("(program 1.0.0\u00a0(con\u2003integer\t1))").term());
  }

  /** See Note [Lexing as Plutus does]: keywords are prefixes, as megaparsec's symbol. */
  @Test
  void keywordsNeedNoWordBoundary() {
    assertEquals(lam(var(1)), term("(lamx x)"));
    assertEquals(con(5), term("(con integer5)"));
    assertEquals(Data.integer(BigInteger.ONE), constant("data(I1)"));
    assertEquals(con(1), program("(program1.0.0(con integer 1))").term());
    assertEquals(new Term.Delay(Term.Error.INSTANCE), term("(delay(error))"));
  }

  @Test
  void versionsAreUnrestrictedButSumsOfProductsNeed110() {
    assertEquals(new Version(2, 0, 7), program("(program 2.0.7 (con unit ()))").version());
    assertEquals(new Version(1, 0, 0), program("(program 01.000.0 (con unit ()))").version());
    assertTrue(error("(program 1.0.0 (constr 0))").message().contains("1.1.0"));
    assertTrue(error("(program 1.0.0 (case (con integer 0) (error)))").message().contains("1.1.0"));
    program("(program 1.2.0 (constr 0))");
    program("(program 2.0.0 (case (constr 0) (error)))");
  }

  // ---- constants ----

  @Test
  void integers() {
    assertEquals(IntegerConstant.of(12345), constant("integer 00012345"));
    assertEquals(IntegerConstant.of(-7), constant("integer -7"));
    assertEquals(IntegerConstant.of(7), constant("integer +7"));
    assertEquals(IntegerConstant.of(-7), constant("integer - 7"));
    assertEquals(IntegerConstant.of(new BigInteger("-123456789012345678901234567890")),
        constant("integer -123456789012345678901234567890"));
  }

  @Test
  void bytestringsUnitBool() {
    assertEquals(ByteStringConstant.of(new byte[] {0x01, (byte) 0xAB}), constant("bytestring #01aB"));
    assertEquals(ByteStringConstant.EMPTY, constant("bytestring #"));
    assertEquals(UnitConstant.UNIT, constant("unit ( )"));
    assertEquals(BoolConstant.TRUE, constant("bool True"));
    assertEquals(BoolConstant.FALSE, constant("bool False"));
  }

  @Test
  void listsPairsArraysAndTypeApplications() {
    assertEquals(ListConstant.of(Type.INTEGER, List.of(IntegerConstant.of(1), IntegerConstant.of(2))),
        constant("(list integer) [1, 2]"));
    assertEquals(ListConstant.empty(Type.list(Type.BOOL)), constant("(list (list bool)) []"));
    assertEquals(PairConstant.of(IntegerConstant.of(1), BoolConstant.TRUE),
        constant("(pair integer bool) (1, True)"));
    // Partial application in parentheses, and redundant parentheses, are types too.
    assertEquals(PairConstant.of(IntegerConstant.of(1), BoolConstant.TRUE),
        constant("((pair integer) bool) (1, True)"));
    assertEquals(IntegerConstant.of(1), constant("(integer) 1"));
    assertEquals(Type.array(Type.UNIT), constant("(array unit) [(), ()]").type());
    assertEquals(ListConstant.empty(Type.ML_RESULT), constant("(list bls12_381_mlresult) []"));
  }

  @Test
  void data() {
    Data expected = Data.constr(BigInteger.valueOf(-1), List.of(
        Data.map(List.of(PairConstant.of(Data.integer(BigInteger.ONE), Data.bytes(new byte[] {0})))),
        Data.list(List.of()),
        Data.integer(BigInteger.TEN)));
    assertEquals(expected, constant("data (Constr -1 [Map [(I 1, B #00)], List [], I 10])"));
    assertEquals(ListConstant.of(Type.DATA, List.of(Data.integer(BigInteger.ONE))),
        constant("(list data) [I 1]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "data I 1", // parentheses are required directly under con
    "(list data) [(I 1)]", // and not allowed inside lists
    "(pair data data) ((I 1), I 2)",
    "data (Constr [])",
    "integer 1.5",
    "integer --5",
    "integer",
    "bytestring #abc",
    "bytestring 00",
    "string \"unterminated",
    "bool true",
    "unit unit",
    "(list integer) [1,]",
    "(list integer) [1 2]",
    "(pair integer) (1)",
    "(list integer bool) []",
    "(list list) []",
    "(bool integer) True",
    "list [1]",
    "bls12_381_mlresult 0x00",
    "value [(#00, [])]",
    "value [(#00, [(#01, 0)])]",
    "value [(#01, [(#01, 1)]), (#00, [(#01, 1)])]",
    "value [(#01, [(#01, 1), (#01, 2)])]",
    "value [(#, [(#, 170141183460469231731687303715884105728)])]",
    "bls12_381_G1_element 0x00",
  })
  void malformedConstantsAreRejected(String source) {
    assertInstanceOf(ParseResult.Failed.class, UplcParser.parseConstant(source, "t"));
  }

  // ---- errors and their positions ----

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // source | line | column | words in the message
    "(program 1.0.0 (foo x))                      | 1 | 17 | term keyword",
    "(program 1.0.0 [(builtin addInteger) (con integer 1) (con integer 2))| 1 | 69 | ']'",
    "(program 1.0.0 (builtin))                    | 1 | 24 | built-in function",
    "(program 1.0.0 (builtin addIntegerr))        | 1 | 25 | unknown built-in function 'addIntegerr'",
    "(program 1.0.0 (con boot True))              | 1 | 21 | type name",
    "(program 1.0.0 x)                            | 1 | 16 | free variable 'x'",
    "(program 1.0.0 (lam x y))                    | 1 | 23 | free variable 'y'",
    "(program 1.0.0 [(con integer 1)])            | 1 | 32 | argument",
    "(program 1.0.0 (con integer 1)) x            | 1 | 33 | end of input",
    "(program 1.0.0 (con integer 1)               | 1 | 31 | ')'",
    "(program 1.0 (con integer 1))                | 1 | 13 | '.'",
    "(program 1.0.0 (constr 0))                   | 1 | 17 | 1.1.0",
    "(program 1.1.0 (constr 18446744073709551616))| 1 | 24 | Word64",
    "(program 1.1.0 (constr -1))                  | 1 | 24 | constructor tag",
    "(program 1.0.0 (con bytestring #0g))         | 1 | 34 | hex digit",
    "(program 1.0.0 {- unterminated               | 1 | 16 | block comment",
  })
  void errorsSayWhereAndWhat(String source, int line, int column, String words) {
    ParseError e = error(source);
    assertEquals("test", e.file());
    assertEquals(line, e.line(), e::toString);
    assertEquals(column, e.column(), e::toString);
    assertTrue(e.message().contains(words), e::toString);
  }

  @Test
  void errorPositionsCountLinesCodePointsAndTabStops() {
    ParseError e = error("(program 1.0.0\n  [ (lam x x)\n    (con string \"λ∀𝔸\" oops) ])");
    assertEquals(3, e.line());
    assertEquals(23, e.column(), e::toString); // 𝔸 is one column although two UTF-16 units
    // A tab advances to the next multiple of 8 plus one, as megaparsec counts.
    ParseError t = error("(program 1.0.0\n\t(con integer x))");
    assertEquals(2, t.line());
    assertEquals(22, t.column(), t::toString);
  }

  @Test
  void errorsInValuesPointAtTheOffendingEntry() {
    ParseError e = error("(program 1.0.0 (con value [(#01, [(#01, 1)]),\n (#00, [(#01, 1)])]))");
    assertEquals(2, e.line());
    assertEquals(3, e.column(), e::toString);
    assertTrue(e.message().contains("ascending"), e::toString);
    ParseError z = error("(program 1.0.0 (con value [(#01, [(#01, 0)])]))");
    assertEquals(41, z.column(), z::toString);
    assertTrue(z.message().contains("zero"), z::toString);
  }

  @Test
  void errorToStringIsFileLineColumnMessage() {
    assertEquals("f.uplc:1:1: m", new ParseError("f.uplc", 1, 1, "m").toString());
  }

  /** Note [Deep terms]: far deeper than a default thread stack allows. */
  @Test
  void deeplyNestedTermsParseAndPrint() {
    int depth = 30_000;
    String source = "(lam x [(lam y y) ".repeat(depth) + "x" + "])".repeat(depth);
    Term t = term(source);
    assertShape(t, depth);
    String printed = UplcPrinter.print(t);
    assertTrue(printed.startsWith("(lam x [(lam y y) (lam x_1 [(lam y y) (lam x_2 "), printed.substring(0, 80));
    assertShape(term(printed), depth);
  }

  private static void assertShape(Term t, int depth) {
    for (int i = 0; i < depth; i++) {
      Term.Apply a = (Term.Apply) ((Term.Lam) t).body;
      assertEquals(lam(var(1)), a.fun);
      t = a.arg;
    }
    assertEquals(var(1), t);
  }
}

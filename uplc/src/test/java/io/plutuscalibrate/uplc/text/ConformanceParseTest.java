package io.plutuscalibrate.uplc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.plutuscalibrate.uplc.SharedData;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code .uplc} file of the Plutus conformance suite parses, or fails to parse, exactly as
 * its {@code .uplc.expected} says ({@code parse/decode error} means it must fail); every expected
 * result that is a program parses; and printing any parsed program and parsing the text again
 * gives an equal program.
 */
class ConformanceParseTest {
  private static final String PARSE_ERROR = "parse/decode error";
  private static final Path ROOT = SharedData.path("conformance/uplc/evaluation");

  private static int parsedAsExpected;
  private static int rejectedAsExpected;
  private static int expectedProgramsParsed;
  private static int printedAsPlutus;

  @TestFactory
  Stream<DynamicTest> inputsParseAsExpected() {
    return cases().map(input -> DynamicTest.dynamicTest(ROOT.relativize(input).toString(), () -> {
      String expected = read(Path.of(input + ".expected")).strip();
      ParseResult<Program> result = UplcParser.parseProgram(read(input), input.toString());
      if (expected.equals(PARSE_ERROR)) {
        assertInstanceOf(ParseResult.Failed.class, result, "should not parse");
        synchronized (ConformanceParseTest.class) {
          rejectedAsExpected++;
        }
      } else {
        if (result instanceof ParseResult.Failed<Program> f) fail("should parse: " + f.error());
        assertRoundTrips(result.orElseThrow());
        synchronized (ConformanceParseTest.class) {
          parsedAsExpected++;
        }
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> expectedProgramsParse() {
    return cases()
        .filter(input -> looksLikeProgram(read(Path.of(input + ".expected"))))
        .map(input -> DynamicTest.dynamicTest(ROOT.relativize(input) + ".expected", () -> {
          Path expected = Path.of(input + ".expected");
          ParseResult<Program> result = UplcParser.parseProgram(read(expected), expected.toString());
          if (result instanceof ParseResult.Failed<Program> f) fail("should parse: " + f.error());
          assertRoundTrips(result.orElseThrow());
          synchronized (ConformanceParseTest.class) {
            expectedProgramsParsed++;
          }
        }));
  }

  /**
   * The successful cases of {@code builtin/parser} are constants, which evaluate to themselves:
   * the input and the expected output must be the same program, however differently written
   * (escapes, upper-case hex, leading zeros, {@code +} signs, layout).
   */
  @TestFactory
  Stream<DynamicTest> constantCasesEqualTheirExpectedResult() {
    return cases()
        .filter(input -> input.startsWith(ROOT.resolve("builtin/parser")))
        .filter(input -> looksLikeProgram(read(Path.of(input + ".expected"))))
        .map(input -> DynamicTest.dynamicTest(ROOT.relativize(input).toString(), () -> {
          Program in = UplcParser.parseProgram(read(input), input.toString()).orElseThrow();
          Program out = UplcParser.parseProgram(read(Path.of(input + ".expected")), "expected")
              .orElseThrow();
          assertInstanceOf(Term.Const.class, in.term());
          assertEquals(out, in);
        }));
  }

  /**
   * Expected results that Plutus's current printer did not write: an older one nested
   * applications ({@code [[f a] b]}) and escaped printable characters ({@code \172} for ¬).
   */
  private static final Set<String> OLDER_PRINTER = Set.of(
      "example/churchSucc/churchSucc.uplc",
      "builtin/interleaving/iteWrongCondTypePartiallyApplied/iteWrongCondTypePartiallyApplied.uplc");

  /**
   * The printer writes what Plutus writes, up to layout: with whitespace removed, our one-line
   * text of each expected result equals Plutus's (whose layout breaks long lines and pads
   * brackets), once the {@code -unique} suffixes Plutus puts on names are dropped.
   */
  @TestFactory
  Stream<DynamicTest> printerMatchesPlutusUpToLayout() {
    return cases()
        .filter(input -> looksLikeProgram(read(Path.of(input + ".expected"))))
        .filter(input -> !OLDER_PRINTER.contains(ROOT.relativize(input).toString()))
        .map(input -> DynamicTest.dynamicTest(ROOT.relativize(input) + ".expected", () -> {
          String plutus = read(Path.of(input + ".expected"));
          String ours = UplcPrinter.print(UplcParser.parseProgram(plutus, "expected").orElseThrow());
          assertEquals(squeeze(plutus, true), squeeze(ours, false), () -> "ours: " + ours);
          synchronized (ConformanceParseTest.class) {
            printedAsPlutus++;
          }
        }));
  }

  /** The text without whitespace, and without name suffixes if asked; string literals kept. */
  private static String squeeze(String s, boolean dropSuffixes) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(s.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (dropSuffixes && c == '-' && i > 0 && TermParser.isIdentifierChar(s.charAt(i - 1))
          && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
        while (i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) i++;
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  @AfterAll
  static void report() {
    System.out.printf("conformance .uplc inputs: %d parsed, %d rejected (as expected);"
        + " %d expected-result programs parsed, %d of them printed as Plutus prints them%n",
        parsedAsExpected, rejectedAsExpected, expectedProgramsParsed, printedAsPlutus);
  }

  private static void assertRoundTrips(Program program) {
    String printed = UplcPrinter.print(program);
    ParseResult<Program> again = UplcParser.parseProgram(printed, "printed");
    if (again instanceof ParseResult.Failed<Program> f) {
      fail("printed text does not parse: " + f.error() + "\n" + printed);
    }
    assertEquals(program, again.orElseThrow(), () -> "printed text parses differently:\n" + printed);
  }

  private static Stream<Path> cases() {
    List<Path> inputs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      files.filter(p -> p.toString().endsWith(".uplc")).sorted().forEach(inputs::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertTrue(inputs.size() > 100, "too few conformance cases under " + ROOT);
    return inputs.stream();
  }

  /** As the conformance runner's {@code looksLikeUplcProgram}: {@code (program} after comments. */
  private static boolean looksLikeProgram(String text) {
    String s = text.strip();
    while (true) {
      if (s.startsWith("--")) {
        int nl = s.indexOf('\n');
        s = nl < 0 ? "" : s.substring(nl).strip();
      } else if (s.startsWith("{-")) {
        int depth = 0;
        int i = 0;
        do {
          if (s.startsWith("{-", i)) {
            depth++;
            i += 2;
          } else if (s.startsWith("-}", i)) {
            depth--;
            i += 2;
          } else {
            i++;
          }
        } while (depth > 0 && i < s.length());
        s = s.substring(Math.min(i, s.length())).strip();
      } else {
        break;
      }
    }
    return s.startsWith("(") && s.substring(1).stripLeading().startsWith("program");
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

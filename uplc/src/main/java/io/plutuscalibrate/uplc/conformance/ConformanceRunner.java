package io.plutuscalibrate.uplc.conformance;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.EvaluationResult;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.flat.Flat;
import io.plutuscalibrate.uplc.flat.FlatDecodeResult;
import io.plutuscalibrate.uplc.flat.FreeVariables;
import io.plutuscalibrate.uplc.text.ParseResult;
import io.plutuscalibrate.uplc.text.UplcParser;
import io.plutuscalibrate.uplc.text.UplcPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs conformance cases (see {@link ConformanceCase}) on a {@link CekMachine}: parses the
 * program (or decodes it, for flat cases: see Note [Flat conformance cases]), evaluates it
 * without a budget limit, and compares the result with the expected one,
 * programs up to the names of bound variables (de Bruijn equality), and for a successful
 * evaluation the budget spent with the expected budget. A case passes only if both agree.
 */
public final class ConformanceRunner {
  /** The expected-result text for a program that must not parse. */
  public static final String PARSE_ERROR = "parse/decode error";
  /** The expected-result text for a program whose evaluation must fail. */
  public static final String EVALUATION_FAILURE = "evaluation failure";

  private static final Pattern BUDGET =
      Pattern.compile("\\(\\{\\s*cpu:\\s*(-?\\d+)\\s*\\|\\s*mem:\\s*(-?\\d+)\\s*}\\)");

  private final CekMachine machine;

  private ConformanceRunner(CekMachine machine) {
    this.machine = machine;
  }

  public static ConformanceRunner on(CekMachine machine) {
    return new ConformanceRunner(Objects.requireNonNull(machine));
  }

  /** Runs every case, in order. */
  public ConformanceReport runAll(List<ConformanceCase> cases) {
    List<CaseOutcome> outcomes = new ArrayList<>(cases.size());
    for (ConformanceCase c : cases) outcomes.add(run(c));
    return new ConformanceReport(outcomes);
  }

  /** Runs one case. Unreadable or malformed case files make the case fail, saying so. */
  public CaseOutcome run(ConformanceCase c) {
    Program program;
    String inputError;
    String expectedText;
    try {
      if (c.isFlat()) {
        // See Note [Flat conformance cases].
        expectedText = flatExpectedText(Files.readAllBytes(c.expectedResult()));
        FlatDecodeResult decoded = Flat.decode(Files.readAllBytes(c.program()));
        program = decoded instanceof FlatDecodeResult.Success s ? s.program() : null;
        inputError = program == null ? decoded.toString() : freeVariableError(program);
      } else {
        String source = Files.readString(c.program(), StandardCharsets.UTF_8);
        expectedText = Files.readString(c.expectedResult(), StandardCharsets.UTF_8).strip();
        ParseResult<Program> parsed = UplcParser.parseProgram(source, c.program().toString());
        program = parsed instanceof ParseResult.Parsed<Program> ok ? ok.value() : null;
        inputError = parsed instanceof ParseResult.Failed<Program> f ? f.error().toString() : null;
      }
    } catch (IOException e) {
      return CaseOutcome.fail(c, "a readable case", "unreadable", String.valueOf(e.getMessage()));
    }

    if (inputError != null) {
      return isParseError(expectedText)
          ? CaseOutcome.pass(c)
          : CaseOutcome.fail(c, oneLine(expectedText), PARSE_ERROR, inputError);
    }
    if (isParseError(expectedText)) {
      return CaseOutcome.fail(c, PARSE_ERROR, "parsed", "the program should not parse");
    }

    EvaluationResult result = machine.evaluate(program.term(), null);
    if (!(result instanceof EvaluationResult.Success success)) {
      String reason = result instanceof EvaluationResult.Failure f ? f.reason() : "out of budget";
      return expectedText.equals(EVALUATION_FAILURE)
          ? CaseOutcome.pass(c)
          : CaseOutcome.fail(c, oneLine(expectedText), EVALUATION_FAILURE, reason);
    }
    Program actual = new Program(program.version(), success.term());
    String actualText = UplcPrinter.print(actual);
    if (expectedText.equals(EVALUATION_FAILURE)) {
      return CaseOutcome.fail(c, EVALUATION_FAILURE, actualText, "evaluation should fail");
    }
    ParseResult<Program> expected = UplcParser.parseProgram(expectedText, c.expectedResult().toString());
    if (expected instanceof ParseResult.Failed<Program> f) {
      return CaseOutcome.fail(c, oneLine(expectedText), actualText,
          "the expected result does not parse: " + f.error());
    }
    if (!expected.orElseThrow().equals(actual)) {
      return CaseOutcome.fail(c, oneLine(expectedText), actualText, "different result");
    }

    String budgetText;
    try {
      budgetText = Files.readString(c.expectedBudget(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return CaseOutcome.fail(c, "a budget file", "unreadable", String.valueOf(e.getMessage()));
    }
    Matcher m = BUDGET.matcher(budgetText);
    if (!m.matches()) {
      return CaseOutcome.fail(c, oneLine(budgetText), success.spent().toString(),
          "the expected budget is not ({cpu: N | mem: M})");
    }
    ExBudget expectedBudget = ExBudget.of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    if (!expectedBudget.equals(success.spent())) {
      return CaseOutcome.fail(c, expectedBudget.toString(), success.spent().toString(),
          "different budget");
    }
    return CaseOutcome.pass(c);
  }

  /*
   * Note [Flat conformance cases]: as Plutus's conformance runner with --format=flat, a flat
   * program that does not decode, or decodes to an open term (Plutus fails to turn its indices
   * into names), is a "parse/decode error". NAME.flat.expected holds either the flat-encoded
   * result or, as UTF-8 text, "evaluation failure" or "parse/decode error". A decoded expected
   * program is printed in the textual syntax and then read back like a NAME.uplc.expected, so
   * both forms are compared the same way; bytes that are neither are shown in hex and cannot
   * match.
   */

  /** The expected result of a flat case as the text a .uplc.expected file would hold. */
  private static String flatExpectedText(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8).strip();
    if (text.equals(EVALUATION_FAILURE) || text.equals(PARSE_ERROR)) return text;
    FlatDecodeResult r = Flat.decode(bytes);
    if (r instanceof FlatDecodeResult.Success s) return UplcPrinter.print(s.program());
    return "undecodable flat result #" + HexFormat.of().formatHex(bytes) + " (" + r + ")";
  }

  private static String freeVariableError(Program p) {
    int free = FreeVariables.firstFree(p.term());
    return free < 0 ? null : "free variable with de Bruijn index " + free;
  }

  private static boolean isParseError(String expected) {
    return expected.equals(PARSE_ERROR) || expected.equals("parse error");
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}

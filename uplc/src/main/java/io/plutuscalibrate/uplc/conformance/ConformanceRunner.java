package io.plutuscalibrate.uplc.conformance;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.EvaluationResult;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.text.ParseResult;
import io.plutuscalibrate.uplc.text.UplcParser;
import io.plutuscalibrate.uplc.text.UplcPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs conformance cases (see {@link ConformanceCase}) on a {@link CekMachine}: parses the
 * program, evaluates it without a budget limit, and compares the result with the expected one,
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
    String source;
    String expectedText;
    try {
      source = Files.readString(c.program(), StandardCharsets.UTF_8);
      expectedText = Files.readString(c.expectedResult(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return CaseOutcome.fail(c, "a readable case", "unreadable", String.valueOf(e.getMessage()));
    }

    ParseResult<Program> parsed = UplcParser.parseProgram(source, c.program().toString());
    if (parsed instanceof ParseResult.Failed<Program> f) {
      return isParseError(expectedText)
          ? CaseOutcome.pass(c)
          : CaseOutcome.fail(c, oneLine(expectedText), PARSE_ERROR, f.error().toString());
    }
    if (isParseError(expectedText)) {
      return CaseOutcome.fail(c, PARSE_ERROR, "parsed", "the program should not parse");
    }
    Program program = parsed.orElseThrow();

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

  private static boolean isParseError(String expected) {
    return expected.equals(PARSE_ERROR) || expected.equals("parse error");
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }
}

package io.plutuscalibrate.uplc.conformance;

import java.util.Objects;

/**
 * How one case went: passed, or failed with what was expected and what this evaluator produced
 * (each one line of text: a program, {@code evaluation failure}, {@code parse/decode error}, or a
 * budget), and a detail (the failure reason, the parse error) when there is one.
 */
public record CaseOutcome(ConformanceCase testCase, boolean passed, String expected, String actual,
    String detail) {
  public CaseOutcome {
    Objects.requireNonNull(testCase);
    Objects.requireNonNull(expected);
    Objects.requireNonNull(actual);
    Objects.requireNonNull(detail);
  }

  static CaseOutcome pass(ConformanceCase c) {
    return new CaseOutcome(c, true, "", "", "");
  }

  static CaseOutcome fail(ConformanceCase c, String expected, String actual, String detail) {
    return new CaseOutcome(c, false, expected, actual, detail);
  }
}

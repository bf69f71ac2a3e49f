package io.plutuscalibrate.reports.drift;

/** Which verdicts make a drift check fail (exit status 1, a JUnit failure). */
public enum FailOn {
  /** Any drift, slower or faster: the cost model no longer fits either way. */
  ANY,
  /** Only builtins that got slower. */
  SLOWER;

  public boolean fails(Verdict v) {
    return this == ANY ? v.drifted() : v == Verdict.SLOWER;
  }
}

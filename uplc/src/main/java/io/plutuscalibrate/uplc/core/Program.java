package io.plutuscalibrate.uplc.core;

import java.util.Objects;

/** {@code (program version term)}. */
public record Program(Version version, Term term) {
  public Program {
    Objects.requireNonNull(version);
    Objects.requireNonNull(term);
  }
}

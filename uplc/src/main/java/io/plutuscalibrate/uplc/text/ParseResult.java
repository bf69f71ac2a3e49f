package io.plutuscalibrate.uplc.text;

import java.util.Objects;

/** The outcome of a parse: the value, or the error saying where and why it failed. */
public sealed interface ParseResult<T> {

  /** A successful parse. */
  record Parsed<T>(T value) implements ParseResult<T> {
    public Parsed {
      Objects.requireNonNull(value);
    }
  }

  /** A failed parse. */
  record Failed<T>(ParseError error) implements ParseResult<T> {
    public Failed {
      Objects.requireNonNull(error);
    }
  }

  /**
   * The parsed value; for inputs known to be well formed (tests, built-in programs).
   *
   * @throws IllegalArgumentException with the error's text if the parse failed
   */
  default T orElseThrow() {
    if (this instanceof Parsed<T> p) return p.value();
    throw new IllegalArgumentException(((Failed<T>) this).error().toString());
  }
}

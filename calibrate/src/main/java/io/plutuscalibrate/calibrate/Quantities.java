package io.plutuscalibrate.calibrate;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing and printing of the durations and fractions the sweep options take. */
final class Quantities {
  private Quantities() {}

  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

  /**
   * A positive duration such as {@code 20m}, {@code 90s}, {@code 1h30m}, {@code 500ms} or
   * {@code 2.5s}; a bare number is seconds.
   */
  static Duration duration(String option, String text) throws UserInputException {
    Duration d = durationOrZero(option, text);
    if (d.isZero()) {
      throw new UserInputException(option + " expects a positive duration such as 20m, 90s,"
          + " 1h30m or 500ms; got '" + text + "'");
    }
    return d;
  }

  /** As {@link #duration}, but zero ({@code 0}, {@code 0s}) is allowed. */
  static Duration durationOrZero(String option, String text) throws UserInputException {
    String t = text.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.matches("\\d+(\\.\\d+)?")) return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
      Matcher m = PART.matcher(t);
      long millis = 0;
      int at = 0;
      while (m.find() && m.start() == at) {
        double v = Double.parseDouble(m.group(1));
        millis += Math.round(v * switch (m.group(2)) {
          case "ms" -> 1;
          case "s" -> 1000;
          case "m" -> 60_000;
          default -> 3_600_000;
        });
        at = m.end();
      }
      if (at == t.length() && at > 0) return Duration.ofMillis(millis);
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UserInputException(option + " expects a duration such as 20m, 90s, 1h30m or 500ms;"
        + " got '" + text + "'");
  }

  /** A fraction in (0, 1) written {@code 2%} or {@code 0.02}. */
  static double fraction(String option, String text) throws UserInputException {
    String t = text.strip();
    try {
      double v = t.endsWith("%") ? Double.parseDouble(t.substring(0, t.length() - 1).strip()) / 100
          : Double.parseDouble(t);
      if (v > 0 && v < 1) return v;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UserInputException(option + " expects a fraction such as 2% or 0.02 (between 0 and"
        + " 100%); got '" + text + "'");
  }

  /** {@code 1:05:09}, {@code 4:07} or {@code 0:03}. */
  static String clock(Duration d) {
    long s = Math.max(0, d.toSeconds());
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  /** {@code 2%}, {@code 0.5%}. */
  static String percent(double f) {
    String s = String.format(Locale.ROOT, "%.2f", f * 100).replaceAll("0+$", "").replaceAll("\\.$", "");
    return s + "%";
  }
}

package io.plutuscalibrate.reports.diff;

import java.util.List;

/** Lists of names short enough for a sentence. */
final class Names {
  private static final int SHOWN = 8;

  private Names() {}

  /** {@code a, b, c and 5 more}. */
  static String shortList(List<String> names) {
    if (names.size() <= SHOWN) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, SHOWN)) + " and " + (names.size() - SHOWN) + " more";
  }

  /** The builtin (or machine cost) a parameter belongs to: its name up to the first '-'. */
  static String owner(String parameter) {
    int dash = parameter.indexOf('-');
    return dash < 0 ? parameter : parameter.substring(0, dash);
  }

  /** {@code 1 parameter}, {@code 2 parameters}. */
  static String count(int n, String singular) {
    return n + " " + (n == 1 ? singular : singular + "s");
  }
}

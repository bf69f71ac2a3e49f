package io.plutuscalibrate.reports.format;

import io.plutuscalibrate.reports.drift.Ratio;
import java.util.Locale;

/** Number formatting shared by the human-readable formats; always in the root locale. */
final class Fmt {
  private Fmt() {}

  /** A ratio as a signed percentage change: 1.123 is "+12.3%". */
  static String pct(double ratio) {
    if (Double.isNaN(ratio)) return "n/a";
    return String.format(Locale.ROOT, "%+.1f%%", (ratio - 1) * 100);
  }

  /** A ratio's change and interval: "+12.3% [+9.8%, +14.9%]". */
  static String change(Ratio r) {
    return pct(r.estimate()) + " " + interval(r);
  }

  /** The interval of a ratio as percentage changes: "[+9.8%, +14.9%]". */
  static String interval(Ratio r) {
    return "[" + pct(r.lower()) + ", " + pct(r.upper()) + "]";
  }

  /** A ratio with three decimals and its interval: "0.962 [0.960, 0.966]". */
  static String ratio(Ratio r) {
    if (Double.isNaN(r.lower())) return String.format(Locale.ROOT, "%.3f", r.estimate());
    return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", r.estimate(), r.lower(), r.upper());
  }

  /** A standard deviation on the log scale as an approximate percentage: "1.2%". */
  static String logSd(double sd) {
    if (Double.isNaN(sd)) return "n/a";
    return String.format(Locale.ROOT, "%.1f%%", sd * 100);
  }

  /** A fraction as a percentage without sign: 0.05 is "5%". */
  static String fraction(double f) {
    String s = String.format(Locale.ROOT, "%.2f", f * 100);
    s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    return s + "%";
  }

  /** A p-value with two significant digits. */
  static String p(double p) {
    if (Double.isNaN(p)) return "n/a";
    if (p >= 0.01) return String.format(Locale.ROOT, "%.2f", p);
    return String.format(Locale.ROOT, "%.1e", p);
  }

  /** A time in µs with four significant digits. */
  static String micros(double us) {
    return String.format(Locale.ROOT, "%.4g", us);
  }
}

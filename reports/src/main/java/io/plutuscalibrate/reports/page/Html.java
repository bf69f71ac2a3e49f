package io.plutuscalibrate.reports.page;

import java.util.Locale;

/** Escaping and number formatting for the HTML page. */
final class Html {
  private Html() {}

  /** Text made safe for element content and attribute values. */
  static String esc(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** An id fragment for a builtin's section ({@code b-addInteger}). */
  static String anchor(String builtin) {
    return "b-" + builtin.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  /** A number with grouping and up to {@code digits} significant figures; "–" for NaN. */
  static String num(double v) {
    if (Double.isNaN(v)) return "–";
    if (Double.isInfinite(v)) return v > 0 ? "∞" : "−∞";
    double a = Math.abs(v);
    if (a != 0 && (a >= 1e15 || a < 1e-3)) return String.format(Locale.ROOT, "%.4g", v);
    if (a >= 1000) return String.format(Locale.ROOT, "%,.0f", v);
    return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1")
        .replaceAll("\\.$", "");
  }

  static String integer(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  static String ratio(double v) {
    return Double.isNaN(v) ? "–" : Double.isInfinite(v) ? "∞"
        : String.format(Locale.ROOT, "%.3f", v);
  }

  static String percent(double v) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }
}

package io.plutuscalibrate.reports.format;

/** Escaping for XML text and attribute values. */
final class Xml {
  private Xml() {}

  /**
   * The text with markup characters escaped and characters XML 1.0 cannot carry (most control
   * characters) replaced by '?', so that any benchmark name or file name gives a valid document.
   */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&apos;");
        case '\n' -> b.append("&#10;");
        case '\t' -> b.append("&#9;");
        case '\r' -> b.append("&#13;");
        default -> b.append(c < 0x20 || c == 0xFFFE || c == 0xFFFF ? '?' : c);
      }
    }
    return b.toString();
  }
}

package io.plutuscalibrate.reports.charts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a VectorGraphics2D SVG document into a compact element to put inside HTML. */
final class SvgText {
  private static final Pattern PROLOG =
      Pattern.compile("^\\s*<\\?xml[^>]*\\?>\\s*(<!DOCTYPE[^>]*>\\s*)?");
  private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
  private static final Pattern URL = Pattern.compile("url\\(#([^)]+)\\)");
  private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s+<");
  private static final Pattern LABEL = Pattern.compile(
      "<g transform=\"translate\\(([-\\d.]+) ([-\\d.]+)\\)\"><path d=\"([^\"]+)\""
          + " style=\"([^\"]+)\"/></g>");
  private static final Pattern CIRCLE = Pattern.compile(
      "<ellipse cx=\"([-\\d.]+)\" cy=\"([-\\d.]+)\" rx=\"([-\\d.]+)\" ry=\"\\3\"");
  private static final Pattern STYLE = Pattern.compile("style=\"([^\"]+)\"");
  private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");

  private SvgText() {}

  /**
   * Drops the XML prolog and the DOCTYPE; prefixes every id (and reference to it) with
   * {@code prefix}; cuts numbers to one decimal; removes the indentation; replaces styles by the
   * sheet's classes, tick-label outlines by references to the sheet's shared paths, and round
   * ellipses by circles; and gives the root the class {@code chart} and an accessible name. See
   * Note [Sharing between the charts of a page] in {@link SvgSheet}.
   */
  static String embeddable(String document, String prefix, String label, SvgSheet sheet) {
    String s = PROLOG.matcher(document).replaceFirst("");
    s = ID.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
        "id=\"" + prefix + "-" + m.group(1) + "\""));
    s = URL.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
        "url(#" + prefix + "-" + m.group(1) + ")"));
    s = shortNumbers(s);
    s = BETWEEN_TAGS.matcher(s).replaceAll("><").strip();
    s = LABEL.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
        "<use href=\"#" + sheet.outline(m.group(3)) + "\" x=\"" + m.group(1) + "\" y=\""
            + m.group(2) + "\" class=\"" + sheet.classFor(m.group(4)) + "\"/>"));
    s = CIRCLE.matcher(s).replaceAll("<circle cx=\"$1\" cy=\"$2\" r=\"$3\"");
    s = STYLE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
        "class=\"" + sheet.classFor(m.group(1)) + "\""));
    Matcher root = ROOT.matcher(s);
    if (!root.find()) throw new IllegalStateException("no <svg> element in the chart");
    String attrs = root.group()
        .replace(" x=\"0px\"", "").replace(" y=\"0px\"", "")
        .replace(" version=\"1.1\"", "")
        .replace(" xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "")
        .replace(" xmlns=\"http://www.w3.org/2000/svg\"", "")
        .replace("px\"", "\"");
    attrs = attrs.substring(0, attrs.length() - 1) + " class=\"chart\" role=\"img\" aria-label=\""
        + escape(label) + "\">";
    return s.substring(0, root.start()) + attrs + s.substring(root.end());
  }

  /**
   * Every decimal number cut to one decimal, without a trailing ".0" and without the sign of a
   * zero ("12.3456" to "12.3", "5.0" to "5", "-0.04" to "0"): a run of digits with an optional
   * sign and fraction. Whole numbers are kept as they are, so the digits of a name ("clip86") are.
   */
  static String shortNumbers(String s) {
    int n = s.length();
    StringBuilder b = new StringBuilder(n);
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      boolean starts = (isDigit(c) || (c == '-' && i + 1 < n && isDigit(s.charAt(i + 1))))
          && (i == 0 || !continuesNumber(s.charAt(i - 1)));
      if (!starts) {
        b.append(c);
        i++;
        continue;
      }
      int start = i;
      boolean negative = c == '-';
      if (negative) i++;
      int intStart = i;
      while (i < n && isDigit(s.charAt(i))) i++;
      int intEnd = i;
      char tenth = 0;
      if (i + 1 < n && s.charAt(i) == '.' && isDigit(s.charAt(i + 1))) {
        tenth = s.charAt(i + 1);
        i += 2;
        while (i < n && isDigit(s.charAt(i))) i++;
      }
      boolean zero = tenth <= '0';
      for (int k = intStart; k < intEnd && zero; k++) zero = s.charAt(k) == '0';
      if (zero) {
        b.append('0');
      } else {
        if (negative) b.append('-');
        b.append(s, intStart, intEnd);
        if (tenth > '0') b.append('.').append(tenth);
      }
      if (start == i) i++; // cannot happen: a number has a digit
    }
    return b.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether a digit after {@code c} continues a number already begun. */
  private static boolean continuesNumber(char c) {
    return isDigit(c) || c == '.';
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}

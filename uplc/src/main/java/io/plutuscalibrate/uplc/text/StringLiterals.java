package io.plutuscalibrate.uplc.text;

/**
 * String literals as Plutus reads and writes them.
 *
 * <p>Note [String escapes]: Plutus reads the characters of a string literal with megaparsec's
 * {@code charLiteral}, which hands at most the next 10 characters to Haskell's
 * {@code readLitChar}. So the escapes are Haskell's: {@code \a \b \f \n \r \t \v \\ \" \'}, decimal
 * {@code \65}, hexadecimal {@code \x41} (or {@code \X41}), octal {@code \o101} (or {@code \O101}),
 * control {@code \^A} .. {@code \^_} and {@code \^@}, and the ASCII names {@code \NUL} ..
 * {@code \DEL} ({@code \SOH} wins over {@code \SO}). A numeric escape above U+10FFFF is an error,
 * and so is one whose digits do not fit in the 10-character window (the window then ends the
 * escape early, and the rest of the digits are read as plain characters). {@code \&} is accepted
 * only right after a character (it separates {@code \SO} from {@code H} or {@code \12} from
 * {@code 3}); a leading {@code \&} and Haskell's string gaps are errors. Any other character,
 * newlines and tabs included, stands for itself. Surrogate code points become U+FFFD, as
 * {@code Data.Text.pack} does.
 *
 * <p>Plutus prints a string with {@code "} and {@code \} escaped, printable characters (Haskell's
 * {@code isPrint}, so most of Unicode) as they are, and the rest with {@code showLitChar}: named
 * escapes for control characters, decimal for others, and {@code \&} where the next character
 * would otherwise continue the escape.
 */
final class StringLiterals {
  private static final int WINDOW = 10;
  private static final String[] ASCII_NAMES = {
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR",
    "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC",
    "FS", "GS", "RS", "US", "SP"
  };

  private StringLiterals() {}

  /**
   * Reads a string literal at the cursor, which is on the opening quote; leaves the cursor after
   * the closing quote.
   */
  static String read(Cursor in) {
    int start = in.pos();
    in.expect('"', "string literal");
    StringBuilder out = new StringBuilder();
    while (true) {
      if (in.atEnd()) {
        throw in.failAt(start, "unterminated string literal: no closing '\"' before the end of input");
      }
      if (in.peek() == '"') {
        in.next();
        return out.toString();
      }
      readChar(in, out);
    }
  }

  /** One character of a literal, as {@code charLiteral}; see Note [String escapes]. */
  private static void readChar(Cursor in, StringBuilder out) {
    int at = in.pos();
    int[] w = new int[WINDOW];
    int n = 0;
    while (n < WINDOW && in.peek(n) >= 0) {
      w[n] = in.peek(n);
      n++;
    }
    int c;
    int used;
    if (w[0] != '\\') {
      c = w[0];
      used = 1;
    } else {
      long r = escape(w, n);
      if (r < 0) throw in.failAt(at, badEscape(w, n));
      c = (int) (r >>> 32);
      used = (int) r;
    }
    while (used + 1 < n && w[used] == '\\' && w[used + 1] == '&') used += 2;
    if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) c = 0xFFFD;
    out.appendCodePoint(c);
    in.advance(used);
  }

  private static String badEscape(int[] w, int n) {
    return "invalid escape sequence in string literal: \"" + new String(w, 0, n)
        + "\"... (Haskell escapes: \\n \\t \\\\ \\\" \\123 \\x7f \\o177 \\^A \\NUL ... \\DEL)";
  }

  /**
   * Decodes the escape {@code w[0..n)} that starts with a backslash: the code point in the high
   * half and the number of characters used in the low half, or -1.
   */
  private static long escape(int[] w, int n) {
    if (n < 2) return -1;
    int c = w[1];
    int simple = switch (c) {
      case 'a' -> 7;
      case 'b' -> 8;
      case 'f' -> 12;
      case 'n' -> 10;
      case 'r' -> 13;
      case 't' -> 9;
      case 'v' -> 11;
      case '\\', '"', '\'' -> c;
      default -> -1;
    };
    if (simple >= 0) return pack(simple, 2);
    if (c == 'o' || c == 'O') return numeric(w, n, 2, 8);
    if (c == 'x' || c == 'X') return numeric(w, n, 2, 16);
    if (Cursor.isDigit(c)) return numeric(w, n, 1, 10);
    if (c == '^') {
      if (n >= 3 && w[2] >= '@' && w[2] <= '_') return pack(w[2] - '@', 3);
      return -1;
    }
    if (startsWith(w, n, 1, "SOH")) return pack(1, 4);
    if (startsWith(w, n, 1, "DEL")) return pack(127, 4);
    for (int code = 0; code < ASCII_NAMES.length; code++) {
      String name = ASCII_NAMES[code];
      if (startsWith(w, n, 1, name)) return pack(code == 32 ? ' ' : code, 1 + name.length());
    }
    return -1;
  }

  private static long numeric(int[] w, int n, int from, int base) {
    long value = 0;
    int i = from;
    while (i < n && Character.digit(w[i], base) >= 0 && w[i] < 128) {
      value = value * base + Character.digit(w[i], base);
      i++;
    }
    if (i == from || value > Character.MAX_CODE_POINT) return -1;
    return pack((int) value, i);
  }

  private static boolean startsWith(int[] w, int n, int from, String s) {
    if (from + s.length() > n) return false;
    for (int i = 0; i < s.length(); i++) {
      if (w[from + i] != s.charAt(i)) return false;
    }
    return true;
  }

  private static long pack(int codePoint, int used) {
    return ((long) codePoint << 32) | used;
  }

  /** The literal for {@code s}, quotes included, as Plutus prints it; see Note [String escapes]. */
  static String write(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      int following = i < s.length() ? s.codePointAt(i) : -1;
      if (c == '"') {
        out.append("\\\"");
      } else if (c == '\\') {
        out.append("\\\\");
      } else if (isPrint(c)) {
        out.appendCodePoint(c);
      } else if (c > 0x7F) {
        out.append('\\').append(c);
        if (Cursor.isDigit(following)) out.append("\\&");
      } else {
        switch (c) {
          case 0x7F -> out.append("\\DEL");
          case 7 -> out.append("\\a");
          case 8 -> out.append("\\b");
          case 12 -> out.append("\\f");
          case 10 -> out.append("\\n");
          case 13 -> out.append("\\r");
          case 9 -> out.append("\\t");
          case 11 -> out.append("\\v");
          case 14 -> out.append(following == 'H' ? "\\SO\\&" : "\\SO");
          default -> out.append('\\').append(ASCII_NAMES[c]);
        }
      }
    }
    return out.append('"').toString();
  }

  /** Haskell's {@code isPrint}: not a control, format, surrogate, private-use, unassigned or line/paragraph separator. */
  static boolean isPrint(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
          Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> false;
      default -> true;
    };
  }
}

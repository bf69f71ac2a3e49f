package io.plutuscalibrate.uplc.text;

/**
 * The input of one parse as code points, with the read position and the lexical rules shared by
 * terms, types and constants: whitespace and comments, keywords, decimal digits.
 *
 * <p>Note [Lexing as Plutus does]: Plutus parses with megaparsec, whose {@code symbol} is "the
 * string, then any whitespace". Keywords are therefore matched as prefixes, with no word boundary:
 * {@code (con integer5)}, {@code (lamx x)} and {@code (con data(I1))} are accepted by Plutus, so
 * they are accepted here too. Whitespace is Haskell's {@code isSpace} (ASCII space and {@code \t
 * \n \v \f \r}, U+00A0, and the Unicode space separators), line comments {@code -- ...} and nested
 * block comments <code>{- ... -}</code>, anywhere a token may end. Positions are reported as
 * megaparsec reports them: 1-based lines, 1-based columns in code points, a tab advancing to the
 * next multiple of 8 plus one.
 */
final class Cursor {
  private static final int TAB_WIDTH = 8;

  private final int[] text;
  private final String file;
  private int pos;

  Cursor(String source, String file) {
    this.text = source.codePoints().toArray();
    this.file = file;
  }

  int pos() {
    return pos;
  }

  boolean atEnd() {
    return pos >= text.length;
  }

  /** The code point at the read position, or -1 at the end. */
  int peek() {
    return pos < text.length ? text[pos] : -1;
  }

  /** The code point {@code ahead} positions after the read position, or -1 past the end. */
  int peek(int ahead) {
    int i = pos + ahead;
    return i < text.length ? text[i] : -1;
  }

  int next() {
    return text[pos++];
  }

  void advance(int n) {
    pos += n;
  }

  boolean startsWith(String s) {
    int n = s.length();
    if (pos + n > text.length) return false;
    for (int i = 0; i < n; i++) {
      if (text[pos + i] != s.charAt(i)) return false;
    }
    return true;
  }

  /** Consumes {@code s} if the input continues with it (s is ASCII). */
  boolean tryConsume(String s) {
    if (!startsWith(s)) return false;
    pos += s.length();
    return true;
  }

  /** A keyword as megaparsec's {@code symbol}: the string, then whitespace. See Note [Lexing as Plutus does]. */
  boolean trySymbol(String s) {
    if (!tryConsume(s)) return false;
    skipWhitespace();
    return true;
  }

  /** Consumes the character {@code c} or fails saying what was expected. */
  void expect(char c, String what) {
    if (peek() != c) throw expected(what);
    pos++;
  }

  /** Skips whitespace and comments. See Note [Lexing as Plutus does]. */
  void skipWhitespace() {
    while (pos < text.length) {
      int c = text[pos];
      if (isSpace(c)) {
        pos++;
      } else if (startsWith("--")) {
        while (pos < text.length && text[pos] != '\n') pos++;
      } else if (startsWith("{-")) {
        skipBlockComment();
      } else {
        return;
      }
    }
  }

  private void skipBlockComment() {
    int start = pos;
    pos += 2;
    int depth = 1;
    while (depth > 0) {
      if (pos >= text.length) {
        throw failAt(start, "unterminated block comment: expected \"-}\" before the end of input");
      }
      if (startsWith("-}")) {
        depth--;
        pos += 2;
      } else if (startsWith("{-")) {
        depth++;
        pos += 2;
      } else {
        pos++;
      }
    }
  }

  /** Haskell's {@code Data.Char.isSpace}. */
  static boolean isSpace(int c) {
    if (c <= 0x377) return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0;
    return Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** Consumes a run of ASCII decimal digits (possibly empty) and returns it. */
  String digits() {
    int start = pos;
    while (pos < text.length && isDigit(text[pos])) pos++;
    return new String(text, start, pos - start);
  }

  /** The text between two offsets. */
  String slice(int from, int to) {
    return new String(text, from, to - from);
  }

  /** A failure at the read position: "expected WHAT, found X". */
  ParseFailure expected(String what) {
    return expectedAt(pos, what);
  }

  ParseFailure expectedAt(int offset, String what) {
    return failAt(offset, "expected " + what + ", found " + describe(offset));
  }

  ParseFailure failAt(int offset, String message) {
    return new ParseFailure(offset, message);
  }

  /** How the input at {@code offset} is shown in messages: a quoted character, or end of input. */
  String describe(int offset) {
    if (offset >= text.length) return "end of input";
    int c = text[offset];
    return switch (c) {
      case '\n' -> "newline";
      case '\t' -> "tab";
      case '\r' -> "carriage return";
      case '\'' -> "\"'\"";
      default -> Character.isISOControl(c) || isSpace(c)
          ? String.format("U+%04X", c)
          : "'" + new String(Character.toChars(c)) + "'";
    };
  }

  /** The error for a failure, with its offset turned into a line and column. */
  ParseError toError(ParseFailure failure) {
    int offset = Math.min(failure.offset(), text.length);
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      int c = text[i];
      if (c == '\n') {
        line++;
        column = 1;
      } else if (c == '\t') {
        column = column + TAB_WIDTH - ((column - 1) % TAB_WIDTH);
      } else {
        column++;
      }
    }
    return new ParseError(file, line, column, failure.getMessage());
  }
}

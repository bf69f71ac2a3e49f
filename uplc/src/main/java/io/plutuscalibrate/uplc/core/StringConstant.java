package io.plutuscalibrate.uplc.core;

/**
 * {@code (con string "...")}: Unicode text (Haskell {@code Text}).
 *
 * <p>Note [Strings hold scalar values]: a Haskell {@code Text} holds Unicode scalar values only;
 * {@code Data.Text.pack} replaces each surrogate code point by U+FFFD. A Java string may hold a
 * lone surrogate, so {@link #of} replaces every unpaired surrogate by U+FFFD in the same way. Then
 * the length in code points, the UTF-8 encoding and concatenation agree with {@code Text}: two
 * strings without lone surrogates never join into a new surrogate pair.
 */
public final class StringConstant extends Constant {
  private final String value;

  private StringConstant(String value) {
    this.value = value;
  }

  /** A constant holding {@code value}, its lone surrogates replaced by U+FFFD. */
  public static StringConstant of(String value) {
    return new StringConstant(withoutLoneSurrogates(value));
  }

  /** See Note [Strings hold scalar values]. */
  static String withoutLoneSurrogates(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        i += 2;
      } else if (Character.isSurrogate(c)) {
        break;
      } else {
        i++;
      }
    }
    if (i == n) return s; // the common case: nothing to replace, no copy
    StringBuilder sb = new StringBuilder(n).append(s, 0, i);
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        sb.append(c).append(s.charAt(i + 1));
        i += 2;
      } else {
        sb.append(Character.isSurrogate(c) ? '\uFFFD' : c);
        i++;
      }
    }
    return sb.toString();
  }

  public String value() {
    return value;
  }

  @Override
  public Type type() {
    return Type.STRING;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StringConstant s && s.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}

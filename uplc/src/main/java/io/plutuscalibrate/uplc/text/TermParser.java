package io.plutuscalibrate.uplc.text;

import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.Version;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Programs and terms, as Plutus's {@code UntypedPlutusCore.Parser}, resolving names to de Bruijn
 * indices on the way.
 *
 * <p>Note [Names and uniques]: Plutus identifies a variable by its unique, not its text. A name
 * written with a suffix, {@code x-12}, has unique 12 (the digits read into a 64-bit Int, wrapping
 * as Haskell's does); a name without one gets the unique its text already had in this parse, or
 * else the next fresh one from a counter that starts at 0 and that explicit suffixes do not move.
 * So {@code (lam x-0 (lam y-1 x-0))} binds as expected, and so does the shadowing in
 * {@code (lam x (lam x x))}, but {@code (lam x-0 y)} is closed, since {@code y} is the first
 * unsuffixed name and gets unique 0. Scoping is lexical over uniques (Plutus's
 * {@code deBruijnTerm}); a variable whose unique no enclosing lambda binds is a free variable,
 * which Plutus's conformance suite reports as a parse/decode error, and so does this parser. Names
 * are {@code [A-Za-z_][A-Za-z0-9_']*}, or any printable ASCII except backquote and space between
 * backquotes.
 *
 * <p>Note [Versions and sums of products]: any {@code major.minor.patch} is accepted (as in
 * Plutus, whose parser does not restrict versions), each part up to 2^31-1 (Plutus's are
 * unbounded naturals); {@code constr} and {@code case} need 1.1.0 or later. {@code constr} is checked before its tag is read, {@code case} after its branches;
 * {@link UplcParser#parseTerm} parses without a version and allows both.
 */
final class TermParser {
  private static final BigInteger MAX_WORD64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
  private static final String TERM_KEYWORDS =
      "term keyword (builtin, lam, constr, con, delay, force, error, case)";

  private final Cursor in;
  private final ConstantParser constants;
  /** The version being parsed, or null for a bare term. */
  private Version version;

  private final Map<String, Long> uniqueOfText = new HashMap<>();
  private long nextUnique = 0;
  /** For each bound unique, the levels of its binders, innermost last. */
  private final Map<Long, IntStack> scope = new HashMap<>();
  private int depth = 0;

  TermParser(Cursor in) {
    this.in = in;
    this.constants = new ConstantParser(in);
  }

  Program program() {
    in.skipWhitespace();
    in.expect('(', "opening parenthesis '(' of (program version term)");
    in.skipWhitespace();
    if (!in.trySymbol("program")) throw in.expected("keyword 'program'");
    version = version();
    Term body = term();
    in.expect(')', "closing parenthesis ')' of the program");
    in.skipWhitespace();
    if (!in.atEnd()) throw in.expected("end of input after the program");
    return new Program(version, body);
  }

  /** A whole input that is one closed term, without a version. */
  Term wholeTerm() {
    in.skipWhitespace();
    Term t = term();
    if (!in.atEnd()) throw in.expected("end of input after the term");
    return t;
  }

  private Version version() {
    int major = versionPart();
    in.expect('.', "'.' in the version (major.minor.patch)");
    int minor = versionPart();
    in.expect('.', "'.' in the version (major.minor.patch)");
    int patch = versionPart();
    in.skipWhitespace();
    return new Version(major, minor, patch);
  }

  private int versionPart() {
    int at = in.pos();
    if (!Cursor.isDigit(in.peek())) throw in.expected("version number (major.minor.patch)");
    String digits = in.digits();
    BigInteger n = new BigInteger(digits);
    if (n.bitLength() > 31) throw in.failAt(at, "version number too large: " + digits);
    return n.intValue();
  }

  Term term() {
    in.skipWhitespace();
    int c = in.peek();
    Term t;
    if (c == '[') {
      t = application();
    } else if (c == '(') {
      t = parenthesized();
    } else if (isIdentifierStart(c) || c == '`') {
      t = variable();
    } else {
      throw in.expected("term (a variable, '(' or '[')");
    }
    in.skipWhitespace();
    return t;
  }

  private boolean startsTerm() {
    int c = in.peek();
    return c == '[' || c == '(' || c == '`' || isIdentifierStart(c);
  }

  /** {@code [f a b ...]}: nested applications, left to right. */
  private Term application() {
    in.next();
    in.skipWhitespace();
    Term t = term();
    int arguments = 0;
    while (startsTerm()) {
      t = new Term.Apply(t, term());
      arguments++;
    }
    if (arguments == 0) throw in.expected("an argument: an application needs at least two terms");
    in.expect(']', "closing bracket ']' or another argument");
    return t;
  }

  private Term parenthesized() {
    in.next();
    in.skipWhitespace();
    Term t;
    if (in.trySymbol("builtin")) {
      t = builtin();
    } else if (in.trySymbol("lam")) {
      t = lambda();
    } else if (in.startsWith("constr")) {
      int keywordAt = in.pos();
      in.trySymbol("constr");
      t = constr(keywordAt);
    } else if (in.trySymbol("con")) {
      t = new Term.Const(constants.typedConstant());
    } else if (in.trySymbol("delay")) {
      t = new Term.Delay(term());
    } else if (in.trySymbol("force")) {
      t = new Term.Force(term());
    } else if (in.trySymbol("error")) {
      t = Term.Error.INSTANCE;
    } else if (in.startsWith("case")) {
      int keywordAt = in.pos();
      in.trySymbol("case");
      t = caseTerm(keywordAt);
    } else {
      throw in.expected(TERM_KEYWORDS);
    }
    in.expect(')', "closing parenthesis ')'");
    return t;
  }

  private Term builtin() {
    int at = in.pos();
    while (isIdentifierChar(in.peek())) in.next();
    String name = in.slice(at, in.pos());
    DefaultFun fun = DefaultFun.fromName(name).orElseThrow(() -> in.failAt(at,
        name.isEmpty() ? "expected a built-in function name, found " + in.describe(at)
            : "unknown built-in function '" + name + "'"));
    in.skipWhitespace();
    return new Term.Builtin(fun);
  }

  private Term lambda() {
    Name name = name();
    if (name == null) throw in.expected("variable name bound by lam");
    in.skipWhitespace();
    IntStack levels = scope.computeIfAbsent(name.unique(), u -> new IntStack());
    levels.push(depth);
    depth++;
    Term body = term();
    depth--;
    levels.pop();
    return new Term.Lam(name.text(), body);
  }

  private Term variable() {
    int at = in.pos();
    Name name = name();
    if (name == null) throw in.expected("variable name");
    IntStack levels = scope.get(name.unique());
    if (levels == null || levels.isEmpty()) {
      throw in.failAt(at, "free variable '" + in.slice(at, in.pos()) + "': no enclosing lam binds it");
    }
    return new Term.Var(depth - levels.top());
  }

  private Term constr(int keywordAt) {
    if (version != null && !version.hasSumsOfProducts()) {
      throw in.failAt(keywordAt, "'constr' is not allowed before version 1.1.0 (this program is "
          + version + ")");
    }
    int at = in.pos();
    if (!Cursor.isDigit(in.peek())) throw in.expected("constructor tag (a decimal number)");
    BigInteger tag = new BigInteger(in.digits());
    if (tag.compareTo(MAX_WORD64) > 0) {
      throw in.failAt(at, "constr tag too large: must be a legal Word64 value (at most " + MAX_WORD64 + ")");
    }
    in.skipWhitespace();
    List<Term> fields = new ArrayList<>();
    while (startsTerm()) fields.add(term());
    return new Term.Constr(tag.longValue(), fields);
  }

  private Term caseTerm(int keywordAt) {
    Term scrutinee = term();
    List<Term> branches = new ArrayList<>();
    while (startsTerm()) branches.add(term());
    if (version != null && !version.hasSumsOfProducts()) {
      throw in.failAt(keywordAt, "'case' is not allowed before version 1.1.0 (this program is "
          + version + ")");
    }
    return new Term.Case(scrutinee, branches);
  }

  // ---- names ----

  private record Name(String text, long unique) {}

  /** A name with its unique (Note [Names and uniques]), or null if none starts here. */
  private Name name() {
    String text;
    if (isIdentifierStart(in.peek())) {
      int start = in.pos();
      while (isIdentifierChar(in.peek())) in.next();
      text = in.slice(start, in.pos());
    } else if (in.peek() == '`' && isQuotedIdentifierChar(in.peek(1))) {
      int start = in.pos() + 1;
      in.next();
      while (isQuotedIdentifierChar(in.peek())) in.next();
      if (in.peek() != '`') {
        in.advance(start - 1 - in.pos());
        return null;
      }
      text = in.slice(start, in.pos());
      in.next();
    } else {
      return null;
    }
    if (in.peek() == '-' && Cursor.isDigit(in.peek(1))) {
      in.next();
      long unique = 0;
      while (Cursor.isDigit(in.peek())) unique = unique * 10 + (in.next() - '0'); // wraps as Int does
      return new Name(text, unique);
    }
    Long unique = uniqueOfText.get(text);
    if (unique == null) {
      unique = nextUnique++;
      uniqueOfText.put(text, unique);
    }
    return new Name(text, unique);
  }

  static boolean isIdentifierStart(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  static boolean isIdentifierChar(int c) {
    return isIdentifierStart(c) || Cursor.isDigit(c) || c == '\'';
  }

  /** Printable ASCII other than space and backquote: Haskell's alpha, digit, punctuation, symbol. */
  static boolean isQuotedIdentifierChar(int c) {
    return c > ' ' && c < 0x7F && c != '`';
  }

  /** A growable stack of ints. */
  private static final class IntStack {
    private int[] items = new int[2];
    private int size;

    void push(int v) {
      if (size == items.length) items = java.util.Arrays.copyOf(items, size * 2);
      items[size++] = v;
    }

    void pop() {
      size--;
    }

    int top() {
      return items[size - 1];
    }

    boolean isEmpty() {
      return size == 0;
    }
  }
}

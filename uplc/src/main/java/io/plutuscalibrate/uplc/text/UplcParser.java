package io.plutuscalibrate.uplc.text;

import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import java.util.Objects;
import java.util.function.Function;

/**
 * The textual syntax of Untyped Plutus Core, read as Plutus reads it ({@code
 * UntypedPlutusCore.Parser}): {@code (program 1.1.0 term)} with terms {@code x}, {@code (lam x t)},
 * {@code [f a b ...]}, {@code (delay t)}, {@code (force t)}, {@code (builtin name)}, {@code
 * (error)}, {@code (con type value)}, {@code (constr tag t ...)} and {@code (case t branch ...)},
 * comments {@code -- ...} and nested <code>{- ... -}</code>. Variables become de Bruijn indices;
 * a free variable is a parse error.
 *
 * <p>See Note [Lexing as Plutus does] in {@link Cursor}, Note [Names and uniques] and Note
 * [Versions and sums of products] in {@link TermParser}, Note [Constant syntax] in
 * {@link ConstantParser} and Note [String escapes] in {@link StringLiterals}.
 *
 * <p>Errors are values: every method returns a {@link ParseResult}, and a failure carries the file
 * name, line and column, and what was expected there.
 */
public final class UplcParser {
  private UplcParser() {}

  /** Parses a whole program. {@code fileName} only labels errors. */
  public static ParseResult<Program> parseProgram(String source, String fileName) {
    return run(source, fileName, in -> new TermParser(in).program());
  }

  /**
   * Parses a whole input that is one closed term, without a program around it (so without a
   * version: {@code constr} and {@code case} are allowed).
   */
  public static ParseResult<Term> parseTerm(String source, String fileName) {
    return run(source, fileName, in -> new TermParser(in).wholeTerm());
  }

  /**
   * Parses a whole input that is a constant with its type, as it appears after {@code con}: for
   * example {@code integer 42} or {@code (list data) [I 1, B #00]}.
   */
  public static ParseResult<Constant> parseConstant(String source, String fileName) {
    return run(source, fileName, in -> {
      in.skipWhitespace();
      Constant c = new ConstantParser(in).typedConstant();
      if (!in.atEnd()) throw in.expected("end of input after the constant");
      return c;
    });
  }

  /** Runs a parser over a fresh cursor; see Note [Deep terms] in {@link DeepStack}. */
  private static <T> ParseResult<T> run(String source, String fileName, Function<Cursor, T> parser) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(fileName, "fileName");
    try {
      return DeepStack.call(source.length() > DeepStack.SHORT_SOURCE, () -> {
        Cursor in = new Cursor(source, fileName);
        try {
          return new ParseResult.Parsed<>(parser.apply(in));
        } catch (ParseFailure f) {
          return new ParseResult.Failed<>(in.toError(f));
        }
      });
    } catch (StackOverflowError e) {
      return new ParseResult.Failed<>(new ParseError(fileName, 1, 1,
          "terms nested too deeply: more than " + (DeepStack.LARGE_STACK_BYTES >> 20)
              + " MiB of stack would be needed"));
    }
  }
}

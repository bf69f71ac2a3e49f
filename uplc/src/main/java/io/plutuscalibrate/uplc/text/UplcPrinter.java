package io.plutuscalibrate.uplc.text;

import io.plutuscalibrate.uplc.core.ArrayConstant;
import io.plutuscalibrate.uplc.core.BoolConstant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.G1Constant;
import io.plutuscalibrate.uplc.core.G2Constant;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.MlResultConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.StringConstant;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.UnitConstant;
import io.plutuscalibrate.uplc.core.ValueConstant;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/**
 * Writes programs, terms and constants in the textual syntax, on one line, so that {@link
 * UplcParser} reads back an equal term.
 *
 * <p>Note [Printed names]: a lambda is printed with its name hint when that is a valid name and
 * no enclosing lambda already uses it, otherwise with the hint (or {@code i}) and the suffix
 * {@code _n}, n the lambda's depth (which no enclosing lambda shares; should a written name take
 * it anyway, {@code _n_1}, {@code _n_2}, ...). Names are never shadowed and carry no {@code -unique}
 * suffix, so the text scopes exactly as the de Bruijn indices do, for this parser and for
 * Plutus's (Note [Names and uniques] in {@link TermParser}). A variable that no lambda binds (an
 * open term) is printed as {@code free_k}, k counting outwards from the outermost lambda; binders
 * never take such names.
 *
 * <p>Deeply nested terms are fine: see Note [Deep terms] in {@link DeepStack}.
 *
 * <p>Constants are printed as Plutus's {@code prettyConst} prints them: bytestrings in lower-case
 * hex, strings per Note [String escapes] in {@link StringLiterals}, lists and pairs with {@code ",
 * "}, data in parentheses only directly under {@code con}, group elements as {@code 0x} and their
 * compressed form, and a Miller-loop result as {@code <opaque>} (which, as in Plutus, does not
 * parse).
 */
public final class UplcPrinter {
  private static final HexFormat HEX = HexFormat.of();

  private final StringBuilder out = new StringBuilder();
  private final List<String> names = new ArrayList<>();
  private final Set<String> inScope = new HashSet<>();

  private UplcPrinter() {}

  /** {@code (program version term)}. */
  public static String print(Program program) {
    return DeepStack.call(DeepStack.isDeep(program.term()), () -> {
      UplcPrinter p = new UplcPrinter();
      p.out.append("(program ").append(program.version()).append(' ');
      p.term(program.term());
      return p.out.append(')').toString();
    });
  }

  /** A term; see Note [Printed names]. */
  public static String print(Term term) {
    return DeepStack.call(DeepStack.isDeep(term), () -> {
      UplcPrinter p = new UplcPrinter();
      p.term(term);
      return p.out.toString();
    });
  }

  /** A constant with its type, as after {@code con}: {@code integer 42}, {@code data (I 1)}. */
  public static String printConstant(Constant constant) {
    return DeepStack.call(DeepStack.isDeep(constant), () -> {
      UplcPrinter p = new UplcPrinter();
      p.out.append(constant.type()).append(' ');
      p.value(constant, true);
      return p.out.toString();
    });
  }

  private void term(Term t) {
    switch (t.tag) {
      case Term.VAR -> variable(((Term.Var) t).index);
      case Term.LAM -> {
        Term.Lam lam = (Term.Lam) t;
        String name = bind(lam.name);
        out.append("(lam ").append(name).append(' ');
        term(lam.body);
        out.append(')');
        unbind();
      }
      case Term.APPLY -> {
        List<Term> args = new ArrayList<>();
        Term f = t;
        while (f instanceof Term.Apply a) {
          args.add(a.arg);
          f = a.fun;
        }
        out.append('[');
        term(f);
        for (int i = args.size() - 1; i >= 0; i--) {
          out.append(' ');
          term(args.get(i));
        }
        out.append(']');
      }
      case Term.FORCE -> {
        out.append("(force ");
        term(((Term.Force) t).body);
        out.append(')');
      }
      case Term.DELAY -> {
        out.append("(delay ");
        term(((Term.Delay) t).body);
        out.append(')');
      }
      case Term.CONST -> {
        Constant c = ((Term.Const) t).value;
        out.append("(con ").append(c.type()).append(' ');
        value(c, true);
        out.append(')');
      }
      case Term.BUILTIN -> out.append("(builtin ").append(((Term.Builtin) t).fun.name()).append(')');
      case Term.ERROR -> out.append("(error)");
      case Term.CONSTR -> {
        Term.Constr c = (Term.Constr) t;
        out.append("(constr ").append(Long.toUnsignedString(c.constrTag));
        for (Term field : c.fields) {
          out.append(' ');
          term(field);
        }
        out.append(')');
      }
      case Term.CASE -> {
        Term.Case c = (Term.Case) t;
        out.append("(case ");
        term(c.scrutinee);
        for (Term branch : c.branches) {
          out.append(' ');
          term(branch);
        }
        out.append(')');
      }
      default -> throw new IllegalStateException("unknown term tag " + t.tag);
    }
  }

  // ---- names: see Note [Printed names] ----

  private void variable(int index) {
    int level = names.size() - index;
    if (index >= 1 && level >= 0) {
      out.append(printedName(names.get(level)));
    } else {
      out.append("free_").append(index - names.size());
    }
  }

  private String bind(String hint) {
    String base = hint != null && isValidName(hint) ? hint : "i";
    String name = base;
    if (inScope.contains(name) || isFreeName(name)) {
      name = base + "_" + names.size();
      for (int k = 1; inScope.contains(name) || isFreeName(name); k++) {
        name = base + "_" + names.size() + "_" + k;
      }
    }
    names.add(name);
    inScope.add(name);
    return printedName(name);
  }

  private void unbind() {
    String name = names.remove(names.size() - 1);
    inScope.remove(name);
  }

  private static boolean isValidName(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) {
      if (!TermParser.isQuotedIdentifierChar(s.charAt(i))) return false;
    }
    return true;
  }

  private static boolean isUnquotedName(String s) {
    if (!TermParser.isIdentifierStart(s.charAt(0))) return false;
    for (int i = 1; i < s.length(); i++) {
      if (!TermParser.isIdentifierChar(s.charAt(i))) return false;
    }
    return true;
  }

  private static String printedName(String name) {
    return isUnquotedName(name) ? name : "`" + name + "`";
  }

  private static boolean isFreeName(String name) {
    if (!name.startsWith("free_") || name.length() == 5) return false;
    for (int i = 5; i < name.length(); i++) {
      if (!Cursor.isDigit(name.charAt(i))) return false;
    }
    return true;
  }

  // ---- constants ----

  /** A constant's value; {@code topLevel} is whether it stands directly under {@code con}. */
  private void value(Constant c, boolean topLevel) {
    if (c instanceof IntegerConstant i) {
      out.append(i.value());
    } else if (c instanceof ByteStringConstant b) {
      out.append('#').append(HEX.formatHex(b.bytes()));
    } else if (c instanceof StringConstant s) {
      out.append(StringLiterals.write(s.value()));
    } else if (c instanceof UnitConstant) {
      out.append("()");
    } else if (c instanceof BoolConstant b) {
      out.append(b.value() ? "True" : "False");
    } else if (c instanceof ListConstant l) {
      items(l);
    } else if (c instanceof ArrayConstant a) {
      items(a.items());
    } else if (c instanceof PairConstant p) {
      out.append('(');
      value(p.first(), false);
      out.append(", ");
      value(p.second(), false);
      out.append(')');
    } else if (c instanceof Data d) {
      if (topLevel) out.append('(');
      data(d);
      if (topLevel) out.append(')');
    } else if (c instanceof ValueConstant v) {
      value(v);
    } else if (c instanceof G1Constant g) {
      out.append("0x").append(HEX.formatHex(g.compressed()));
    } else if (c instanceof G2Constant g) {
      out.append("0x").append(HEX.formatHex(g.compressed()));
    } else if (c instanceof MlResultConstant) {
      out.append("<opaque>");
    } else {
      throw new IllegalStateException("unknown constant " + c.getClass());
    }
  }

  private void items(Iterable<Constant> items) {
    out.append('[');
    boolean first = true;
    for (Constant item : items) {
      if (!first) out.append(", ");
      first = false;
      value(item, false);
    }
    out.append(']');
  }

  private void data(Data d) {
    if (d instanceof Data.Constr c) {
      out.append("Constr ").append(c.tag).append(' ');
      items(c.fields);
    } else if (d instanceof Data.Map m) {
      out.append("Map ");
      items(m.entries);
    } else if (d instanceof Data.List l) {
      out.append("List ");
      items(l.items);
    } else if (d instanceof Data.I i) {
      out.append("I ").append(i.value);
    } else if (d instanceof Data.B b) {
      out.append("B #").append(HEX.formatHex(b.value()));
    }
  }

  private void value(ValueConstant v) {
    out.append('[');
    boolean firstCurrency = true;
    for (Map.Entry<ByteStringConstant, NavigableMap<ByteStringConstant, BigInteger>> currency :
        v.entries().entrySet()) {
      if (!firstCurrency) out.append(", ");
      firstCurrency = false;
      out.append("(#").append(HEX.formatHex(currency.getKey().bytes())).append(", [");
      boolean firstToken = true;
      for (Map.Entry<ByteStringConstant, BigInteger> token : currency.getValue().entrySet()) {
        if (!firstToken) out.append(", ");
        firstToken = false;
        out.append("(#").append(HEX.formatHex(token.getKey().bytes())).append(", ")
            .append(token.getValue()).append(')');
      }
      out.append("])");
    }
    out.append(']');
  }
}

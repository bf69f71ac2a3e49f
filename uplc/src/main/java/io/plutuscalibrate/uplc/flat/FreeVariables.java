package io.plutuscalibrate.uplc.flat;

import io.plutuscalibrate.uplc.core.Term;
import java.util.ArrayDeque;

/**
 * Whether a de Bruijn term is closed. A flat program may decode with free variables (an index
 * of 0, or above the number of enclosing lambdas); Plutus rejects such a program when it turns
 * the indices into names, so the conformance suite counts it as a decoding error.
 */
public final class FreeVariables {
  private FreeVariables() {}

  /**
   * The index, as written, of the first free variable met in a depth-first walk (0, or more than
   * the number of lambdas around it), or -1 when the term is closed.
   */
  public static int firstFree(Term term) {
    // Iterative walk: pairs of (term, number of enclosing lambdas).
    ArrayDeque<Term> terms = new ArrayDeque<>();
    ArrayDeque<Integer> depths = new ArrayDeque<>();
    terms.push(term);
    depths.push(0);
    while (!terms.isEmpty()) {
      Term t = terms.pop();
      int depth = depths.pop();
      switch (t.tag) {
        case Term.VAR -> {
          int i = ((Term.Var) t).index;
          if (i <= 0 || i > depth) return i;
        }
        case Term.LAM -> push(terms, depths, ((Term.Lam) t).body, depth + 1);
        case Term.DELAY -> push(terms, depths, ((Term.Delay) t).body, depth);
        case Term.FORCE -> push(terms, depths, ((Term.Force) t).body, depth);
        case Term.APPLY -> {
          Term.Apply a = (Term.Apply) t;
          push(terms, depths, a.arg, depth);
          push(terms, depths, a.fun, depth);
        }
        case Term.CONSTR -> {
          Term[] fs = ((Term.Constr) t).fields;
          for (int k = fs.length - 1; k >= 0; k--) push(terms, depths, fs[k], depth);
        }
        case Term.CASE -> {
          Term.Case c = (Term.Case) t;
          for (int k = c.branches.length - 1; k >= 0; k--) push(terms, depths, c.branches[k], depth);
          push(terms, depths, c.scrutinee, depth);
        }
        default -> { }
      }
    }
    return -1;
  }

  /** Whether the term has no free variable. */
  public static boolean isClosed(Term term) {
    return firstFree(term) < 0;
  }

  private static void push(ArrayDeque<Term> terms, ArrayDeque<Integer> depths, Term t, int d) {
    terms.push(t);
    depths.push(d);
  }
}

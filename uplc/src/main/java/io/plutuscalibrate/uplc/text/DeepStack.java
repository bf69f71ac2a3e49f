package io.plutuscalibrate.uplc.text;

import io.plutuscalibrate.uplc.core.ArrayConstant;
import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.ListConstant;
import io.plutuscalibrate.uplc.core.PairConstant;
import io.plutuscalibrate.uplc.core.Term;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the recursive parser and printer on a thread with a large stack when their input may nest
 * deeply.
 *
 * <p>Note [Deep terms]: the parser and the printer recurse once per level of nesting, and real
 * scripts nest thousands of levels deep (every {@code let} compiles to an application of a
 * lambda), beyond what a default 512 KiB to 1 MiB thread stack holds. Work that may nest deeply
 * (a long source text, a term or constant found by a cheap iterative walk to nest more than
 * {@link #SHALLOW} levels) runs on a fresh thread whose stack is {@link #LARGE_STACK_BYTES}
 * (address space reserved, touched only as deep as the work goes); small work stays on the
 * caller's thread. The choice is made up front rather than by catching a {@link
 * StackOverflowError} and retrying, because an overflow inside a class's static initialiser would
 * leave that class unusable for the rest of the JVM's life.
 */
final class DeepStack {
  /** 1 GiB: several hundred thousand levels of nesting. */
  static final long LARGE_STACK_BYTES = 1L << 30;
  /** Nesting that any thread's stack holds. */
  static final int SHALLOW = 256;
  /** Source texts this short cannot nest more than a few hundred levels (one character a level at most). */
  static final int SHORT_SOURCE = 4 * SHALLOW;

  private DeepStack() {}

  /** The task's result, computed on a thread with a large stack if {@code deep}, else here. */
  static <T> T call(boolean deep, Supplier<T> task) {
    return deep ? onLargeStack(task) : task.get();
  }

  private static <T> T onLargeStack(Supplier<T> task) {
    Object[] result = new Object[1];
    Throwable[] failure = new Throwable[1];
    Thread worker = new Thread(null, () -> {
      try {
        result[0] = task.get();
      } catch (Throwable t) {
        failure[0] = t;
      }
    }, "uplc-text-deep-stack", LARGE_STACK_BYTES);
    worker.start();
    boolean interrupted = false;
    while (true) {
      try {
        worker.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
    if (failure[0] instanceof RuntimeException r) throw r;
    if (failure[0] instanceof Error err) throw err;
    if (failure[0] != null) throw new IllegalStateException(failure[0]);
    @SuppressWarnings("unchecked")
    T value = (T) result[0];
    return value;
  }

  /** Whether terms and constants nest more than {@link #SHALLOW} levels below {@code root}. */
  static boolean isDeep(Object root) {
    ArrayDeque<Object> nodes = new ArrayDeque<>();
    ArrayDeque<Integer> depths = new ArrayDeque<>();
    nodes.push(root);
    depths.push(0);
    while (!nodes.isEmpty()) {
      Object node = nodes.pop();
      int depth = depths.pop() + 1;
      if (depth > SHALLOW) return true;
      for (Object child : children(node)) {
        nodes.push(child);
        depths.push(depth);
      }
    }
    return false;
  }

  private static Iterable<?> children(Object node) {
    if (node instanceof Term t) {
      return switch (t.tag) {
        case Term.LAM -> List.of(((Term.Lam) t).body);
        case Term.APPLY -> List.of(((Term.Apply) t).fun, ((Term.Apply) t).arg);
        case Term.FORCE -> List.of(((Term.Force) t).body);
        case Term.DELAY -> List.of(((Term.Delay) t).body);
        case Term.CONST -> List.of(((Term.Const) t).value);
        case Term.CONSTR -> List.of(((Term.Constr) t).fields);
        case Term.CASE -> {
          Term.Case c = (Term.Case) t;
          List<Term> all = new ArrayList<>(List.of(c.branches));
          all.add(c.scrutinee);
          yield all;
        }
        default -> List.of();
      };
    }
    if (node instanceof ListConstant l) return l;
    if (node instanceof ArrayConstant a) return a.items();
    if (node instanceof PairConstant p) return List.of(p.first(), p.second());
    if (node instanceof Data.Constr c) return c.fields;
    if (node instanceof Data.Map m) return m.entries;
    if (node instanceof Data.List l) return l.items;
    if (node instanceof Constant) return List.of();
    throw new IllegalArgumentException("not a term or constant: " + node);
  }
}

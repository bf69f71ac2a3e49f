package io.plutuscalibrate.uplc.text;

import java.util.function.Supplier;

/**
 * Runs a recursive task, moving it to a thread with a large stack if the caller's stack is too
 * small.
 *
 * <p>Note [Deep terms]: the parser and the printer recurse once per level of nesting, and real
 * scripts nest thousands of levels deep (every {@code let} compiles to an application of a
 * lambda), beyond what a default 512 KiB to 1 MiB thread stack holds. Rather than making every
 * caller raise {@code -Xss}, a task that overflows the caller's stack is run again from the start
 * on a fresh thread whose stack is {@link #LARGE_STACK_BYTES} (address space reserved, touched
 * only as deep as the task goes). A task must therefore be repeatable: it creates all its state.
 */
final class DeepStack {
  /** 1 GiB: several hundred thousand levels of nesting. */
  static final long LARGE_STACK_BYTES = 1L << 30;

  private DeepStack() {}

  /**
   * The task's result, computed on the calling thread or, if that overflows its stack, on a
   * thread with a large stack. A {@link StackOverflowError} there too is rethrown.
   */
  static <T> T call(Supplier<T> task) {
    try {
      return task.get();
    } catch (StackOverflowError e) {
      return onLargeStack(task);
    }
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
}

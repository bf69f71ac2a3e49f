package io.plutuscalibrate.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * A quick look during development, not a benchmark: one JVM, one machine, every script warmed
 * up together, then each script's thread CPU time per run (less disturbed by other processes on
 * a loaded machine than wall-clock time). {@code QuickTimer VM MODE [ROUNDS]}, MODE
 * {@code decode-eval}, {@code eval} or {@code decode}. The figures that count come from JMH.
 */
public final class QuickTimer {
  private QuickTimer() {}

  public static void main(String[] args) {
    String vm = args[0];
    String mode = args[1];
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    List<String> names = ValidationScripts.names();
    int n = names.size();
    ScriptEvaluator[] evs = new ScriptEvaluator[n];
    byte[][] flats = new byte[n][];
    for (int i = 0; i < n; i++) {
      flats[i] = ValidationScripts.read(names.get(i));
      evs[i] = ScriptEvaluator.named(vm);
      evs[i].prepare(flats[i]);
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long[] best = new long[n];
    java.util.Arrays.fill(best, Long.MAX_VALUE);
    Object sink = null;
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        int reps = 20;
        long t0 = mx.getCurrentThreadCpuTime();
        for (int k = 0; k < reps; k++) {
          sink = switch (mode) {
            case "decode-eval" -> evs[i].decodeAndEvaluate(flats[i]);
            case "eval" -> evs[i].evaluate();
            case "decode" -> evs[i].prepareOnly(flats[i]);
            default -> throw new IllegalArgumentException(mode);
          };
        }
        long t = (mx.getCurrentThreadCpuTime() - t0) / reps;
        if (r >= rounds / 2) best[i] = Math.min(best[i], t);
      }
    }
    double logs = 0;
    for (int i = 0; i < n; i++) {
      System.out.printf(Locale.ROOT, "%-28s %9.1f us%n", names.get(i), best[i] / 1e3);
      logs += Math.log(best[i] / 1e3);
    }
    System.out.printf(Locale.ROOT, "%s %s geometric mean (best of second half): %.1f us  %s%n",
        vm, mode, Math.exp(logs / n), sink == null ? "" : "");
  }
}

package io.plutuscalibrate.bench.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tables of a JMH run: for each script benchmark (decode + evaluate, evaluate), each script's
 * time on each machine and the peer's time over ours (how many times faster ours is), then the
 * geometric means and their ratio, which is the geometric mean of the per-script ratios; then the
 * other benchmarks as JMH reports them. Markdown, so that the output goes into
 * docs/performance.md as it is.
 */
public final class PeerReport {
  /** The machine the ratios are relative to, and the peer. */
  static final String OURS = "ours";
  static final String PEER = "scalus";

  private PeerReport() {}

  /** Prints the tables for {@code results}. */
  public static void print(List<Measurement> results, PrintStream out) {
    Map<String, List<Measurement>> scripts = new LinkedHashMap<>();
    List<Measurement> others = new ArrayList<>();
    for (Measurement m : results) {
      if (m.benchmark().startsWith("ScriptBenchmarks.")) {
        scripts.computeIfAbsent(m.benchmark(), k -> new ArrayList<>()).add(m);
      } else {
        others.add(m);
      }
    }
    scripts.forEach((bench, ms) -> printScripts(bench, ms, out));
    if (!others.isEmpty()) printOthers(others, out);
  }

  private static void printScripts(String bench, List<Measurement> ms, PrintStream out) {
    // vm -> script -> measurement, scripts sorted; vms in first-seen order with ours first.
    Map<String, Map<String, Measurement>> byVm = new LinkedHashMap<>();
    byVm.put(OURS, new TreeMap<>());
    for (Measurement m : ms) {
      byVm.computeIfAbsent(m.param("vm"), k -> new TreeMap<>()).put(m.param("script"), m);
    }
    byVm.values().removeIf(Map::isEmpty);
    List<String> vms = new ArrayList<>(byVm.keySet());
    TreeMap<String, Boolean> scripts = new TreeMap<>();
    byVm.values().forEach(s -> s.keySet().forEach(k -> scripts.put(k, true)));
    String unit = ms.get(0).unit();
    boolean ratio = byVm.containsKey(OURS) && byVm.containsKey(PEER);

    boolean sampled = !Double.isNaN(ms.get(0).median());
    out.println("### " + bench + " (" + unit + ", "
        + (sampled ? "median of the sampled runs" : "mean ± 99.9% error") + ")");
    out.println();
    StringBuilder head = new StringBuilder("| script |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String vm : vms) {
      head.append(' ').append(vm).append(" |");
      rule.append("---:|");
    }
    if (ratio) {
      head.append(" ").append(PEER).append(" / ").append(OURS).append(" |");
      rule.append("---:|");
    }
    out.println(head);
    out.println(rule);
    Map<String, double[]> logs = new LinkedHashMap<>();
    vms.forEach(vm -> logs.put(vm, new double[2])); // sum of logs, count
    double[] ratioLogs = new double[2];
    for (String script : scripts.keySet()) {
      StringBuilder row = new StringBuilder("| " + script + " |");
      for (String vm : vms) {
        Measurement m = byVm.get(vm).get(script);
        if (m == null) {
          row.append(" – |");
          continue;
        }
        row.append(' ').append(fmt(m.typical()));
        if (!sampled && !Double.isNaN(m.error())) row.append(" ± ").append(fmt(m.error()));
        row.append(" |");
        logs.get(vm)[0] += Math.log(m.typical());
        logs.get(vm)[1]++;
      }
      if (ratio) {
        Measurement o = byVm.get(OURS).get(script);
        Measurement p = byVm.get(PEER).get(script);
        if (o != null && p != null) {
          double r = p.typical() / o.typical();
          ratioLogs[0] += Math.log(r);
          ratioLogs[1]++;
          row.append(String.format(Locale.ROOT, " %.2f |", r));
        } else {
          row.append(" – |");
        }
      }
      out.println(row);
    }
    StringBuilder geo = new StringBuilder("| **geometric mean** |");
    for (String vm : vms) {
      double[] l = logs.get(vm);
      geo.append(" **").append(fmt(Math.exp(l[0] / l[1]))).append("** |");
    }
    if (ratio) {
      geo.append(String.format(Locale.ROOT, " **%.2f** |", Math.exp(ratioLogs[0] / ratioLogs[1])));
    }
    out.println(geo);
    out.println();
  }

  private static void printOthers(List<Measurement> others, PrintStream out) {
    out.println("### Other benchmarks (mean ± 99.9% error; median in sample mode)");
    out.println();
    out.println("| benchmark | parameters | score | unit |");
    out.println("|---|---|---:|---|");
    for (Measurement m : others) {
      String err = !Double.isNaN(m.median()) || Double.isNaN(m.error())
          ? "" : " ± " + fmt(m.error());
      out.println("| " + m.benchmark() + " | " + params(m.params()) + " | " + fmt(m.typical())
          + err + " | " + m.unit() + " |");
    }
    out.println();
  }

  private static String params(Map<String, String> p) {
    if (p.isEmpty()) return "";
    StringBuilder b = new StringBuilder();
    p.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append('=').append(v));
    return b.toString();
  }

  /** Three significant digits, at least one decimal below 100. */
  static String fmt(double x) {
    if (Double.isNaN(x)) return "NaN";
    double a = Math.abs(x);
    if (a >= 100) return String.format(Locale.ROOT, "%.0f", x);
    if (a >= 10) return String.format(Locale.ROOT, "%.1f", x);
    if (a >= 1) return String.format(Locale.ROOT, "%.2f", x);
    return String.format(Locale.ROOT, "%.3f", x);
  }
}

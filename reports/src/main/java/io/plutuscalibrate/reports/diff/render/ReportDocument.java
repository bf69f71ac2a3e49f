package io.plutuscalibrate.reports.diff.render;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.reports.diff.ArrayCheck;
import io.plutuscalibrate.reports.diff.BuiltinCostChange;
import io.plutuscalibrate.reports.diff.Change;
import io.plutuscalibrate.reports.diff.Comparison;
import io.plutuscalibrate.reports.diff.ConsistencyCheck;
import io.plutuscalibrate.reports.diff.DiffReport;
import io.plutuscalibrate.reports.diff.LedgerInput;
import io.plutuscalibrate.reports.diff.ParameterChange;
import io.plutuscalibrate.reports.diff.ScriptChange;
import io.plutuscalibrate.reports.diff.ScriptRecosting;
import io.plutuscalibrate.reports.diff.ScriptRun;
import io.plutuscalibrate.reports.diff.ShapeChange;
import io.plutuscalibrate.reports.diff.SideModel;
import io.plutuscalibrate.reports.diff.render.Block.Column;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A {@link DiffReport} as the blocks the human-readable formats print (terminal, Markdown,
 * HTML), so that the three say the same thing in the same order: the sides and their checks,
 * then per comparison its summary, array checks, shape changes, builtins added and removed,
 * parameter changes, predicted cost changes and re-costed scripts.
 */
final class ReportDocument {
  static final String UNITS = "CPU in ExCPU units (1 unit = 1 ps on the reference machine),"
      + " memory in 8-byte words; a relative change is (proposed - current) / |current|,"
      + " \"new\" where the current value is 0.";

  private final List<Block> blocks = new ArrayList<>();

  private ReportDocument() {}

  static List<Block> of(DiffReport report) {
    ReportDocument d = new ReportDocument();
    d.build(report);
    return List.copyOf(d.blocks);
  }

  private void build(DiffReport r) {
    heading(1, "Cost-model diff");
    bullets(List.of("current: " + files(r.current()), "proposed: " + files(r.proposed())));
    for (String note : r.notes()) {
      paragraph(note);
    }
    consistency("current", r.current());
    consistency("proposed", r.proposed());
    for (Comparison c : r.comparisons()) {
      comparison(c);
    }
  }

  private static String files(DiffReport.SideSummary side) {
    return side.files().stream().map(f -> f.path() + " (" + f.kind().description() + ")")
        .collect(Collectors.joining(" + "));
  }

  private void consistency(String side, DiffReport.SideSummary summary) {
    for (ConsistencyCheck c : summary.consistency()) {
      heading(2, "The " + side + " readable model against its " + c.language() + " array");
      if (c.agrees()) {
        paragraph(c.readableSource() + " and " + c.arraySource() + ", " + c.language()
            + " agree" + (c.machineChecked() ? "." : " (machine costs not checked: the readable"
                + " side has none)."));
        continue;
      }
      paragraph(c.readableSource() + " and " + c.arraySource() + ", " + c.language()
          + " DISAGREE: the array is what the chain would use, and the diff below compares it.");
      List<String> items = new ArrayList<>();
      for (ConsistencyCheck.ValueMismatch m : c.mismatches()) {
        items.add(m.name() + ": readable " + Numbers.value(m.readable()) + ", array "
            + Numbers.value(m.array()));
      }
      for (String n : c.readableLacks()) {
        items.add(n + ": in the array, not in the readable model");
      }
      for (String n : c.arrayCannotCarry()) {
        items.add(n + ": in the readable model, no place for it in the " + c.language() + " array");
      }
      for (ShapeChange s : c.shapeMismatches()) {
        items.add(s.builtin() + " " + s.resource() + ": readable " + s.current()
            + ", array (as decoded) " + s.proposed());
      }
      bullets(items);
    }
  }

  private void comparison(Comparison c) {
    if (!c.onBothSides()) {
      SideModel only = c.current().or(c::proposed).orElseThrow();
      heading(2, c.name() + ": only in the " + (c.current().isPresent() ? "current" : "proposed")
          + " side");
      paragraph("The " + (c.current().isPresent() ? "proposed side removes" : "proposed side adds")
          + " the " + c.name() + " cost model (" + only.source() + ").");
      String side = c.current().isPresent() ? "current" : "proposed";
      only.arrayCheck().ifPresent(a -> arrayCheck(side, a));
      return;
    }
    SideModel cur = c.current().get();
    SideModel prop = c.proposed().get();
    heading(2, c.name().equals("models") ? "Models" : c.name());
    paragraph(summary(c));
    bullets(List.of(
        "current: " + describe(cur),
        "proposed: " + describe(prop)));
    cur.arrayCheck().ifPresent(a -> arrayCheck("current", a));
    prop.arrayCheck().ifPresent(a -> arrayCheck("proposed", a));
    if (!c.shapes().isEmpty()) {
      heading(3, "Shape changes");
      List<List<String>> rows = new ArrayList<>();
      for (ShapeChange s : c.shapes()) {
        rows.add(List.of(s.builtin(), s.resource(), s.current(), s.proposed()));
      }
      table(List.of("builtin", "resource", "current shape", "proposed shape"),
          List.of(Column.TEXT, Column.TEXT, Column.TEXT, Column.TEXT), rows);
    }
    if (!c.builtinsAdded().isEmpty() || !c.builtinsRemoved().isEmpty()) {
      heading(3, "Builtins added and removed");
      List<String> items = new ArrayList<>();
      c.builtinsAdded().forEach(b -> items.add("added: " + b));
      c.builtinsRemoved().forEach(b -> items.add("removed: " + b));
      bullets(items);
    }
    if (!c.parameters().isEmpty()) {
      heading(3, "Parameter changes");
      paragraph(UNITS);
      List<List<String>> rows = new ArrayList<>();
      for (ParameterChange p : c.parameters()) {
        rows.add(List.of(p.name(), p.current().map(Numbers::value).orElse("-"),
            p.proposed().map(Numbers::value).orElse("-"),
            p.change().map(Numbers::delta).orElse(p.kind().word()),
            p.change().map(Numbers::relative).orElse("")));
      }
      table(List.of("parameter", "current", "proposed", "change", "relative"),
          List.of(Column.TEXT, Column.NUMBER, Column.NUMBER, Column.CHANGE, Column.CHANGE), rows);
    }
    if (!c.predicted().isEmpty()) {
      predicted(c.predicted());
    }
    c.scripts().ifPresent(this::scripts);
  }

  private static String summary(Comparison c) {
    List<String> parts = new ArrayList<>();
    parts.add(count(c.count(ParameterChange.Kind.CHANGED), "parameter") + " changed, "
        + c.count(ParameterChange.Kind.ADDED) + " added, "
        + c.count(ParameterChange.Kind.REMOVED) + " removed");
    parts.add(count(c.shapes().size(), "shape change"));
    parts.add(count(c.builtinsAdded().size(), "builtin") + " added, " + c.builtinsRemoved().size()
        + " removed");
    String machine = c.machineCompared() ? "" : " (machine costs not compared)";
    return (c.differs() ? "" : "No differences: ") + String.join("; ", parts) + machine + ".";
  }

  private static String count(long n, String singular) {
    return n + " " + (n == 1 ? singular : singular + "s");
  }

  private static String describe(SideModel m) {
    String machine = m.machineGiven() ? "machine costs given"
        : "machine costs not given: the official " + m.variant().variant().machineCostsFile();
    return m.source() + "; semantics variant " + m.variant().variant() + " ("
        + m.variant().reason() + "); " + machine;
  }

  private void arrayCheck(String side, ArrayCheck a) {
    String form = a.form() == LedgerInput.Form.MAP ? "map" : "list";
    if (a.fits()) {
      paragraph("The " + side + " " + a.language() + " array (" + form + ") has the "
          + a.expected() + " parameters the ledger expects.");
      return;
    }
    paragraph("The " + side + " " + a.language() + " array (" + form + ") does not fit:");
    bullets(a.findings());
  }

  private void predicted(List<BuiltinCostChange> predicted) {
    heading(3, "Predicted cost change per builtin");
    paragraph("Each builtin whose costing function changed, evaluated on both sides at argument"
        + " sizes 1, 2, 4, 8, 16, 32 and 64 (every combination; for four or more arguments"
        + " 1, 8 and 64), sizes in ExMemory units. Relative changes over the points: smallest,"
        + " median, largest, and the point that moved most.");
    List<List<String>> rows = new ArrayList<>();
    for (BuiltinCostChange b : predicted) {
      row(rows, b, "cpu", b.cpu(), BuiltinCostChange.Point::cpu);
      row(rows, b, "memory", b.memory(), BuiltinCostChange.Point::memory);
    }
    table(List.of("builtin", "resource", "points changed", "min", "median", "max", "worst point"),
        List.of(Column.TEXT, Column.TEXT, Column.NUMBER, Column.CHANGE, Column.CHANGE,
            Column.CHANGE, Column.TEXT), rows);
  }

  private static void row(List<List<String>> rows, BuiltinCostChange b, String resource,
      BuiltinCostChange.Summary s, Function<BuiltinCostChange.Point, Change> pick) {
    if (s.changedPoints() == 0) {
      return;
    }
    Change w = pick.apply(s.worst());
    String fresh = s.newPoints() == 0 ? "" : " (" + s.newPoints() + " new)";
    rows.add(List.of(b.builtin(), resource, s.changedPoints() + " of " + b.points().size() + fresh,
        s.min().map(Numbers::percent).orElse("-"), s.median().map(Numbers::percent).orElse("-"),
        s.max().map(Numbers::percent).orElse("-"),
        "sizes " + sizes(s.worst().sizes()) + ": " + Numbers.value(w.from()) + " -> "
            + Numbers.value(w.to()) + parenthesised(Numbers.relative(w))));
  }

  private static String parenthesised(String s) {
    return s.isEmpty() ? "" : " (" + s + ")";
  }

  static String sizes(long[] sizes) {
    return Arrays.stream(sizes).mapToObj(Long::toString).collect(Collectors.joining(",", "(", ")"));
  }

  private void scripts(ScriptRecosting r) {
    heading(3, "Scripts re-costed");
    ScriptRecosting.Summary s = r.summary();
    paragraph(s.scripts() + " scripts from " + r.directory() + ", evaluated under both models "
        + r.limit().map(l -> "with a limit of cpu " + Numbers.value(l.cpu()) + ", mem "
            + Numbers.value(l.mem())).orElse("without a budget limit")
        + ", largest movers first. Budgets are compared where a script succeeds under both;"
        + " one that fails or runs out of budget under a model is shown with that outcome and no"
        + " change.");
    List<String> items = new ArrayList<>();
    items.add(s.comparable() + " of " + s.scripts() + " succeed under both models; "
        + s.outcomeChanged() + " change outcome");
    items.add("cpu: " + s.cpuUp() + " up, " + s.cpuDown() + " down, "
        + (s.comparable() - s.cpuUp() - s.cpuDown()) + " unchanged; relative change min "
        + pct(s.cpuMin()) + ", median " + pct(s.cpuMedian()) + ", max " + pct(s.cpuMax()));
    items.add("memory: " + s.memUp() + " up, " + s.memDown() + " down, "
        + (s.comparable() - s.memUp() - s.memDown()) + " unchanged; relative change min "
        + pct(s.memMin()) + ", median " + pct(s.memMedian()) + ", max " + pct(s.memMax()));
    items.add("total over those: cpu " + total(s.currentTotal(), s.proposedTotal(), true)
        + "; memory " + total(s.currentTotal(), s.proposedTotal(), false));
    bullets(items);
    List<List<String>> rows = new ArrayList<>();
    for (ScriptChange c : r.scripts()) {
      rows.add(List.of(c.script(), outcome(c),
          Numbers.value(c.current().spent().cpu()), Numbers.value(c.proposed().spent().cpu()),
          c.cpu().map(Numbers::delta).orElse("-"),
          c.cpu().map(Numbers::relative).orElse("-"),
          Numbers.value(c.current().spent().mem()), Numbers.value(c.proposed().spent().mem()),
          c.memory().map(Numbers::delta).orElse("-"),
          c.memory().map(Numbers::relative).orElse("-")));
    }
    table(List.of("script", "outcome", "current cpu", "proposed cpu", "cpu change", "cpu relative",
            "current mem", "proposed mem", "mem change", "mem relative"),
        List.of(Column.TEXT, Column.TEXT, Column.NUMBER, Column.NUMBER, Column.CHANGE,
            Column.CHANGE, Column.NUMBER, Column.NUMBER, Column.CHANGE, Column.CHANGE), rows);
  }

  private static String outcome(ScriptChange c) {
    if (!c.outcomeChanged()) {
      return c.current().outcome().text() + reason(c.current());
    }
    return "current: " + c.current().outcome().text() + reason(c.current()) + "; proposed: "
        + c.proposed().outcome().text() + reason(c.proposed());
  }

  private static String reason(ScriptRun r) {
    return r.reason().isEmpty() ? "" : " (" + r.reason() + ")";
  }

  private static String pct(Optional<Double> ratio) {
    return ratio.map(Numbers::percent).orElse("-");
  }

  private static String total(ExBudget before, ExBudget after, boolean cpu) {
    Change c = cpu ? new Change(before.cpu(), after.cpu()) : new Change(before.mem(), after.mem());
    String rel = Numbers.relative(c);
    return Numbers.value(c.from()) + " -> " + Numbers.value(c.to()) + " ("
        + Numbers.delta(c) + (rel.isEmpty() ? "" : ", " + rel) + ")";
  }

  private void heading(int level, String text) {
    blocks.add(new Block.Heading(level, text));
  }

  private void paragraph(String text) {
    blocks.add(new Block.Paragraph(text));
  }

  private void bullets(List<String> items) {
    if (!items.isEmpty()) {
      blocks.add(new Block.Bullets(items));
    }
  }

  private void table(List<String> headers, List<Column> columns, List<List<String>> rows) {
    blocks.add(new Block.Table(headers, columns, rows));
  }
}

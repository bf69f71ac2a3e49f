package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.flat.Flat;
import io.plutuscalibrate.uplc.text.UplcParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's own script programs (resources {@code scripts/*.uplc}; their README says what
 * each does), each a function of a size n: {@code Script/<program>/<n>} is the program applied to
 * {@code (con integer n)} and flat-encoded, so that decoding it is timed as for a real script.
 */
final class SyntheticScripts {
  private SyntheticScripts() {}

  static final String GROUP = "Script";

  /** A program and its sizes in each grid. */
  record Spec(String name, int[] quick, int[] standard) {}

  static final List<Spec> SPECS = List.of(
      new Spec("fib", new int[] {10, 15}, new int[] {8, 12, 16, 20}),
      new Spec("sum-list", new int[] {100, 1000}, new int[] {100, 500, 2000, 5000}),
      new Spec("data-sum", new int[] {10, 100}, new int[] {10, 50, 200, 1000}),
      new Spec("insertion-sort", new int[] {20, 50}, new int[] {20, 50, 100, 200}),
      new Spec("sop-tree", new int[] {8, 12}, new int[] {6, 9, 12, 14}));

  static List<WorkloadPoint> all(Grid grid) {
    List<WorkloadPoint> out = new ArrayList<>();
    for (Spec s : SPECS) {
      Program function = load(s.name());
      for (int n : grid == Grid.QUICK ? s.quick() : s.standard()) {
        String name = GROUP + "/" + s.name() + "/" + n;
        byte[] flat = Flat.encode(applied(function, n));
        out.add(WorkloadPoint.ofScript(name, GROUP, List.of((long) n),
            new ScriptSource(name, ScriptFormat.FLAT, flat)));
      }
    }
    return out;
  }

  /** The program of {@code name} (without its size). */
  static Program load(String name) {
    String resource = "scripts/" + name + ".uplc";
    try (InputStream in = SyntheticScripts.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return UplcParser.parseProgram(text, resource).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code function} applied to the integer {@code n}. */
  static Program applied(Program function, int n) {
    return new Program(function.version(),
        new Term.Apply(function.term(), new Term.Const(IntegerConstant.of(n))));
  }
}

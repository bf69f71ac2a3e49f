package io.plutuscalibrate.models.fit;

import io.plutuscalibrate.models.StepKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;

/**
 * Reads script-call measurements for fitting machine step costs.
 *
 * <p>Note [Script measurement files]: a CSV file with {@code #} comments and a header naming the
 * columns {@code script} (a name), {@code t} (seconds per evaluation, as criterion reports),
 * {@code builtin_cpu} (a builtin cost model's total charge for the script's builtin calls, in
 * that model's ExCPU units, e.g. the official model's reference-machine picoseconds; the fit
 * estimates what one unit of it takes on the measured machine: Note [Units of step costs] in
 * {@link StepCostFitter}) and one column per step kind, named as the kinds of
 * {@code cekMachineCosts.json} without {@code cek} and {@code Cost}, lower-cased: {@code var},
 * {@code const}, {@code lam}, {@code delay}, {@code force}, {@code apply}, {@code builtin},
 * {@code constr}, {@code case}. A kind without a column counts 0 (e.g. data from before
 * {@code constr} and {@code case} existed). Other columns are ignored. A budgeting run of the CEK
 * machine gives the counts; a timing harness gives t.
 */
public final class ScriptMeasurementsCsv {
  private ScriptMeasurementsCsv() {}

  /** The column name of a step kind: {@code cekVarCost} is {@code var}. */
  public static String column(StepKind kind) {
    String key = kind.jsonKey();
    return key.substring(3, key.length() - 4).toLowerCase(Locale.ROOT);
  }

  public static List<ScriptMeasurement> read(Path path)
      throws IOException, BenchmarkFormatException {
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return read(in, path.toString());
    }
  }

  public static List<ScriptMeasurement> read(Reader in, String source)
      throws IOException, BenchmarkFormatException {
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<ScriptMeasurement> out = new ArrayList<>();
    String[] header = null;
    int script = -1;
    int time = -1;
    int builtin = -1;
    EnumMap<StepKind, Integer> kinds = new EnumMap<>(StepKind.class);
    int lineNo = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      int hash = line.indexOf('#');
      if (hash >= 0) line = line.substring(0, hash);
      if (line.isBlank()) continue;
      String[] f = line.split(",", -1);
      if (header == null) {
        header = f;
        for (int i = 0; i < f.length; i++) {
          String h = f[i].strip();
          if (h.equals("script")) script = i;
          if (h.equals("t")) time = i;
          if (h.equals("builtin_cpu")) builtin = i;
          for (StepKind k : StepKind.values()) {
            if (k.isStep() && h.equals(column(k))) kinds.put(k, i);
          }
        }
        if (script < 0 || time < 0 || builtin < 0 || kinds.isEmpty()) {
          throw new BenchmarkFormatException(source, lineNo, null, "the header must name the"
              + " columns script, t, builtin_cpu and at least one step kind (var, const, lam,"
              + " delay, force, apply, builtin, constr, case)");
        }
        continue;
      }
      if (f.length != header.length) {
        throw new BenchmarkFormatException(source, lineNo, null, "expected " + header.length
            + " comma-separated fields as in the header, found " + f.length);
      }
      double t = number(f[time], source, lineNo, "t");
      long b = count(f[builtin], source, lineNo, "builtin_cpu");
      EnumMap<StepKind, Long> steps = new EnumMap<>(StepKind.class);
      for (var e : kinds.entrySet()) {
        steps.put(e.getKey(), count(f[e.getValue()], source, lineNo, column(e.getKey())));
      }
      out.add(new ScriptMeasurement(lineNo, f[script].strip(), t, b, steps));
    }
    if (header == null) {
      throw new BenchmarkFormatException(source, lineNo, null, "no header line");
    }
    return out;
  }

  private static double number(String s, String source, int line, String column)
      throws BenchmarkFormatException {
    try {
      double v = Double.parseDouble(s.strip());
      if (Double.isFinite(v) && v >= 0) return v;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BenchmarkFormatException(source, line, column,
        "expected a non-negative time in seconds, found '" + s.strip() + "'");
  }

  private static long count(String s, String source, int line, String column)
      throws BenchmarkFormatException {
    try {
      long v = Long.parseLong(s.strip());
      if (v >= 0) return v;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BenchmarkFormatException(source, line, column,
        "expected a non-negative integer, found '" + s.strip() + "'");
  }
}

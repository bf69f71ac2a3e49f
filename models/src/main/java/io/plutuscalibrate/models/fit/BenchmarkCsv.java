package io.plutuscalibrate.models.fit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads criterion benchmark results in the CSV layout of {@code benching-conway.csv}: lines or
 * line ends from {@code #} on are comments, blank lines are skipped, the first remaining line is
 * the header {@code benchmark,t,t.mean.lb,t.mean.ub,t.sd,t.sd.lb,t.sd.ub}, and every other line is one
 * result with times in seconds and a name {@code Builtin/size/size/...}.
 *
 * <p>Note [Reading benchmark results as models.R does]: models.R reads the file with
 * {@code read.csv(comment.char = "#")} and splits names with the regular expression
 * {@code ([[:alnum:]_]+)/(\d+)(?:/(\d+))?(?:/(\d+))?(?:/(\d+))?}, keeping up to four sizes; it
 * looks columns up by name. We do the same, but where R would silently turn a bad number into
 * {@code NA} (and then drop or mis-fit the row) we stop with the line and column. A name that is
 * not {@code Name/size...} (R gets {@code NA} for it and never uses the row) is skipped with a
 * warning. Numbers may carry surrounding blanks, as R strips them from numeric fields.
 *
 * <p>Run directories that {@code calibrate sweep} wrote before benching.csv was kept to builtin
 * and overhead points also hold its machine-step and script points there ({@code MachineSteps/},
 * {@code Script/}, {@code UserScript/}: whole programs, not {@code Name/size}); those are skipped
 * with one warning for all of them, since the step costs are fitted from the run's steps.csv.
 */
public final class BenchmarkCsv {
  private static final String[] REQUIRED = {"benchmark", "t", "t.mean.lb", "t.mean.ub"};
  /** Groups of the sweep's machine-step and script points (see the class comment). */
  private static final List<String> STEP_GROUPS = List.of("MachineSteps/", "Script/",
      "UserScript/");
  private static final String EXPECTED_HEADER =
      "benchmark,t,t.mean.lb,t.mean.ub,t.sd,t.sd.lb,t.sd.ub";

  private BenchmarkCsv() {}

  public static BenchmarkData read(Path path) throws IOException, BenchmarkFormatException {
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return read(in, path.toString());
    }
  }

  /** Reads from {@code in}; {@code source} names it in messages. */
  public static BenchmarkData read(Reader in, String source)
      throws IOException, BenchmarkFormatException {
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<BenchmarkRow> rows = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    int[] columns = null; // positions of REQUIRED in the header
    int width = 0;
    String[] header = null;
    int lineNo = 0;
    int stepRows = 0;
    String line;
    String[] fields = new String[16];
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1); // a UTF-8 BOM
      int hash = line.indexOf('#');
      if (hash >= 0) line = line.substring(0, hash);
      if (line.isBlank()) continue;
      int n = split(line, fields);
      if (n > fields.length) {
        fields = new String[n];
        split(line, fields);
      }
      if (columns == null) {
        header = new String[n];
        for (int i = 0; i < n; i++) header[i] = unquote(fields[i].strip());
        columns = new int[REQUIRED.length];
        for (int c = 0; c < REQUIRED.length; c++) {
          columns[c] = indexOf(header, n, REQUIRED[c]);
          if (columns[c] < 0) {
            throw new BenchmarkFormatException(source, lineNo, null,
                "the header lacks the column '" + REQUIRED[c] + "'; expected a criterion CSV header"
                    + " like '" + EXPECTED_HEADER + "'");
          }
        }
        width = n;
        continue;
      }
      if (n != width) {
        throw new BenchmarkFormatException(source, lineNo, null,
            "expected " + width + " comma-separated fields as in the header, found " + n);
      }
      String benchmark = unquote(fields[columns[0]].strip());
      double t = seconds(fields[columns[1]], source, lineNo, header[columns[1]]);
      double lb = seconds(fields[columns[2]], source, lineNo, header[columns[2]]);
      double ub = seconds(fields[columns[3]], source, lineNo, header[columns[3]]);
      BenchmarkRow row = parseName(benchmark, lineNo, t, lb, ub);
      if (row == null && STEP_GROUPS.stream().anyMatch(benchmark::startsWith)) {
        stepRows++;
      } else if (row == null) {
        warnings.add(source + ":" + lineNo + ": benchmark name '" + benchmark
            + "' is not of the form Name/size/...; row ignored");
      } else {
        rows.add(row);
      }
    }
    if (columns == null) {
      throw new BenchmarkFormatException(source, lineNo, null,
          "no header line; expected '" + EXPECTED_HEADER + "'");
    }
    if (stepRows > 0) {
      warnings.add(source + ": " + stepRows + " machine-step and script rows (MachineSteps/...,"
          + " Script/...) ignored: they are not builtin benchmarks; the machine step costs are"
          + " fitted from the run's steps.csv");
    }
    return BenchmarkData.of(source, rows, warnings);
  }

  /** Splits on commas into {@code out}; returns the field count (may exceed out.length). */
  private static int split(String line, String[] out) {
    int n = 0;
    int start = 0;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        if (n < out.length) out[n] = line.substring(start, i);
        n++;
        start = i + 1;
      }
    }
    if (n < out.length) out[n] = line.substring(start);
    return n + 1;
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"'
        ? s.substring(1, s.length() - 1) : s;
  }

  private static int indexOf(String[] header, int n, String name) {
    for (int i = 0; i < n; i++) {
      if (header[i].equals(name)) return i;
    }
    return -1;
  }

  /** A time in seconds converted to microseconds as models.R's {@code seconds.to.microseconds}. */
  private static double seconds(String field, String source, int line, String column)
      throws BenchmarkFormatException {
    String s = field.strip();
    if (!isDecimal(s)) {
      throw new BenchmarkFormatException(source, line, column,
          "expected a time in seconds (a decimal number such as 1.5e-6), found '" + s + "'");
    }
    return Double.parseDouble(s) * 1e6;
  }

  /** A plain decimal or scientific number; rejects Java-only forms such as NaN, 0x1p3 or 1d. */
  private static boolean isDecimal(String s) {
    int i = 0;
    int n = s.length();
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
    int digits = 0;
    while (i < n && Character.isDigit(s.charAt(i))) { i++; digits++; }
    if (i < n && s.charAt(i) == '.') {
      i++;
      while (i < n && Character.isDigit(s.charAt(i))) { i++; digits++; }
    }
    if (digits == 0) return false;
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
      int exp = 0;
      while (i < n && Character.isDigit(s.charAt(i))) { i++; exp++; }
      if (exp == 0) return false;
    }
    return i == n;
  }

  /** The row for {@code Name/size/...}, or null if the name is not of that form. */
  private static BenchmarkRow parseName(String benchmark, int line, double t, double lb,
      double ub) {
    int slash = benchmark.indexOf('/');
    if (slash <= 0) return null;
    String name = benchmark.substring(0, slash);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c == '_' || (c < 128 && Character.isLetterOrDigit(c)))) return null;
    }
    double[] sizes = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    int k = 0;
    int start = slash + 1;
    while (true) {
      int end = benchmark.indexOf('/', start);
      String part = end < 0 ? benchmark.substring(start) : benchmark.substring(start, end);
      if (part.isEmpty()) return null;
      for (int i = 0; i < part.length(); i++) {
        if (part.charAt(i) < '0' || part.charAt(i) > '9') return null;
      }
      // models.R keeps the first four sizes; more are ignored (e.g. Nop5o/1/1/1/1/1).
      if (k < 4) sizes[k] = Double.parseDouble(part);
      k++;
      if (end < 0) break;
      start = end + 1;
    }
    return new BenchmarkRow(line, benchmark, name, sizes[0], sizes[1], sizes[2], sizes[3], t, lb,
        ub);
  }
}

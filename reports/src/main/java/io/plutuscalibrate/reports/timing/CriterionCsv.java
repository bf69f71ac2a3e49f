package io.plutuscalibrate.reports.timing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads criterion results ({@code benching-conway.csv} layout: {@code #} comments, the header
 * {@code benchmark,t,t.mean.lb,t.mean.ub,t.sd,t.sd.lb,t.sd.ub}, times in seconds) into points in
 * µs. Columns are found by name; {@code t.sd} is optional.
 *
 * <p>This is a stand-in for {@code io.plutuscalibrate.models.fit.BenchmarkCsv} (branch "fitting"),
 * which reads the same files for the fitter with the same rules but does not keep {@code t.sd}
 * yet; once it is on main, this class becomes a thin adapter over it (with the sd columns added
 * there) rather than a second reader. Unlike the fitter, drift accepts benchmark names without
 * sizes: a name is compared with the same name in the other run.
 */
public final class CriterionCsv {
  private static final String EXPECTED_HEADER =
      "benchmark,t,t.mean.lb,t.mean.ub,t.sd,t.sd.lb,t.sd.ub";

  private CriterionCsv() {}

  /** Reads from {@code in}; {@code source} names it in messages and reports. */
  public static RunTimings read(Reader in, String source) throws IOException, TimingsInputException {
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<PointTiming> points = new ArrayList<>();
    String[] header = null;
    int cName = -1;
    int cT = -1;
    int cLb = -1;
    int cUb = -1;
    int cSd = -1;
    int lineNo = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
      int hash = line.indexOf('#');
      if (hash >= 0) line = line.substring(0, hash);
      if (line.isBlank()) continue;
      String[] f = line.split(",", -1);
      if (header == null) {
        header = new String[f.length];
        for (int i = 0; i < f.length; i++) header[i] = unquote(f[i].strip());
        cName = column(header, "benchmark", source, lineNo);
        cT = column(header, "t", source, lineNo);
        cLb = column(header, "t.mean.lb", source, lineNo);
        cUb = column(header, "t.mean.ub", source, lineNo);
        cSd = java.util.Arrays.asList(header).indexOf("t.sd");
        continue;
      }
      if (f.length != header.length) {
        throw new TimingsInputException(source + ":" + lineNo + ": expected " + header.length
            + " comma-separated fields as in the header, found " + f.length);
      }
      String name = unquote(f[cName].strip());
      if (name.isEmpty()) {
        throw new TimingsInputException(source + ":" + lineNo + " (column benchmark): empty name");
      }
      double t = seconds(f[cT], source, lineNo, "t");
      if (!(t > 0)) {
        throw new TimingsInputException(source + ":" + lineNo + " (column t): the time must be"
            + " positive, found '" + f[cT].strip() + "'");
      }
      double lb = seconds(f[cLb], source, lineNo, "t.mean.lb");
      double ub = seconds(f[cUb], source, lineNo, "t.mean.ub");
      double sd = cSd < 0 ? Double.NaN : seconds(f[cSd], source, lineNo, "t.sd");
      points.add(new PointTiming(name, PointTiming.builtinOf(name), lineNo, t, lb, ub, sd, null));
    }
    if (header == null) {
      throw new TimingsInputException(source + ": no header line; expected '" + EXPECTED_HEADER + "'");
    }
    return RunTimings.of(source, points, List.of());
  }

  private static int column(String[] header, String name, String source, int line)
      throws TimingsInputException {
    int i = java.util.Arrays.asList(header).indexOf(name);
    if (i < 0) {
      throw new TimingsInputException(source + ":" + line + ": the header lacks the column '"
          + name + "'; expected a criterion CSV header like '" + EXPECTED_HEADER + "'");
    }
    return i;
  }

  private static String unquote(String s) {
    return s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"'
        ? s.substring(1, s.length() - 1) : s;
  }

  /** A time in seconds, as µs. */
  private static double seconds(String field, String source, int line, String column)
      throws TimingsInputException {
    String s = field.strip();
    if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
      throw new TimingsInputException(source + ":" + line + " (column " + column + "): expected a"
          + " time in seconds (a decimal number such as 1.5e-6), found '" + s + "'");
    }
    return Double.parseDouble(s) * 1e6;
  }
}

package io.plutuscalibrate.reports.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.OfficialModels;
import io.plutuscalibrate.models.fit.BenchmarkCsv;
import io.plutuscalibrate.models.fit.BenchmarkData;
import io.plutuscalibrate.models.fit.BenchmarkFormatException;
import io.plutuscalibrate.models.json.BuiltinCostModelJson;
import io.plutuscalibrate.models.json.CostModelFormatException;
import io.plutuscalibrate.reports.pricing.PricingCheck;
import io.plutuscalibrate.reports.pricing.Scale;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and reads what a report is made from.
 *
 * <p>Note [What a report is made from]: the report is made from a fit directory (what {@code
 * calibrate fit} writes: fit-report.json and builtinCostModel.json) and the benchmark file
 * fit-report.json names; the command line fits a run directory first (with {@code calibrate fit}
 * itself, so the page shows what that command gives). A benchmark file named by a fit report is
 * looked for where it was given (absolute, or relative to the working directory), then relative to
 * the fit directory and to its parent; its SHA-256 must be the one the fit recorded, since points
 * from another file would be drawn against a function not fitted to them. The run's manifest.json
 * is the one beside the benchmark file, when there is one.
 */
public final class ReportSources {
  public static final String FIT_REPORT = "fit-report.json";
  public static final String CANDIDATE = "builtinCostModel.json";
  public static final String RUN_BENCHMARKS = "benching.csv";
  public static final String MANIFEST = "manifest.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReportSources() {}

  /**
   * Options of the report's inputs.
   *
   * @param benchmarks the benchmark file to use instead of the one the fit report names (or null)
   * @param pricingModel the model the pricing check compares with (null: the newest official)
   * @param pricingModelName its name for the page
   * @param scale the pricing check's machine factor
   */
  public record Options(Path benchmarks, BuiltinCostModel pricingModel, String pricingModelName,
      Scale scale) {
    public static final Options DEFAULT = new Options(null, null, null, Scale.AUTO);
  }

  /**
   * Reads a fit directory. See Note [What a report is made from].
   *
   * @param how how the fit was made, in words, for the page (null: "read from DIR")
   */
  public static ReportData load(Path fitDir, Options options, String how)
      throws ReportInputException {
    if (!Files.exists(fitDir)) {
      throw new ReportInputException(fitDir + ": no such file or directory");
    }
    if (!Files.isDirectory(fitDir) || !Files.isRegularFile(fitDir.resolve(FIT_REPORT))) {
      throw new ReportInputException(fitDir + ": not a fit directory (expected " + FIT_REPORT
          + " and " + CANDIDATE + " in it, as calibrate fit writes them)");
    }
    return fromFitDirectory(fitDir, options, new ArrayList<>(),
        how == null ? "read from " + fitDir : how);
  }

  /** Whether {@code dir} holds a fit (fit-report.json). */
  public static boolean isFitDirectory(Path dir) {
    return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve(FIT_REPORT));
  }

  private static ReportData fromFitDirectory(Path dir, Options options,
      List<ReportData.InputFile> files, String how) throws ReportInputException {
    Path reportFile = dir.resolve(FIT_REPORT);
    byte[] reportBytes = readBytes(reportFile, "fit report");
    files.add(new ReportData.InputFile("fit report", reportFile.toString(), sha256(reportBytes),
        reportBytes.length));
    FitSummary summary;
    try {
      summary = FitReportReader.read(MAPPER.readTree(reportBytes), reportFile.toString());
    } catch (IOException e) {
      throw new ReportInputException(reportFile + ": not readable as JSON (" + e.getMessage() + ")");
    }
    Path modelFile = dir.resolve(CANDIDATE);
    byte[] modelBytes = readBytes(modelFile, "fitted cost model");
    files.add(new ReportData.InputFile("fitted cost model", modelFile.toString(),
        sha256(modelBytes), modelBytes.length));
    BuiltinCostModel candidate;
    try {
      candidate = BuiltinCostModelJson.parse(new String(modelBytes, StandardCharsets.UTF_8),
          modelFile.toString());
    } catch (CostModelFormatException e) {
      throw new ReportInputException(e.getMessage());
    }
    Path csv = options.benchmarks() != null ? options.benchmarks()
        : locate(summary.inputPath(), dir);
    byte[] bytes = readBytes(csv, "benchmark results");
    String sha = sha256(bytes);
    if (!sha.equals(summary.inputSha256())) {
      throw new ReportInputException(csv + " has SHA-256 " + sha + ", but " + reportFile
          + " was fitted to a file with SHA-256 " + summary.inputSha256()
          + "; give the file the fit read with --benchmarks");
    }
    files.add(new ReportData.InputFile("benchmark results", csv.toString(), sha, bytes.length));
    return finish(summary, candidate, parseCsv(bytes, csv), csv, files, how, options);
  }

  private static ReportData finish(FitSummary summary, BuiltinCostModel candidate,
      BenchmarkData data, Path csv, List<ReportData.InputFile> files, String how, Options options)
      throws ReportInputException {
    Map<String, String> manifest = new LinkedHashMap<>();
    Path parent = csv.toAbsolutePath().getParent();
    Path manifestFile = parent == null ? null : parent.resolve(MANIFEST);
    if (manifestFile != null && Files.isRegularFile(manifestFile)) {
      byte[] m = readBytes(manifestFile, "run manifest");
      files.add(new ReportData.InputFile("run manifest", manifestFile.toString(), sha256(m),
          m.length));
      try {
        flatten("", MAPPER.readTree(m), manifest);
      } catch (IOException e) {
        throw new ReportInputException(manifestFile + ": not readable as JSON ("
            + e.getMessage() + ")");
      }
    }
    BuiltinCostModel pricingModel = options.pricingModel() != null ? options.pricingModel()
        : OfficialModels.newestBuiltinCostModel();
    String pricingName = options.pricingModelName() != null ? options.pricingModelName()
        : "official builtinCostModelE.json (bundled)";
    return new ReportData(summary, candidate, data, files, manifest, how,
        PricingCheck.check(data, pricingModel, options.scale()), pricingName);
  }

  /** Where the benchmark file a fit report names is: see Note [What a report is made from]. */
  private static Path locate(String given, Path fitDir) throws ReportInputException {
    Path p = Path.of(given);
    List<Path> tried = new ArrayList<>();
    tried.add(p);
    if (!p.isAbsolute()) {
      tried.add(fitDir.resolve(p));
      Path up = fitDir.toAbsolutePath().getParent();
      if (up != null) tried.add(up.resolve(p));
    }
    for (Path t : tried) {
      if (Files.isRegularFile(t)) return t;
    }
    throw new ReportInputException("cannot find the benchmark file the fit read, " + given
        + " (looked at " + tried + "); give it with --benchmarks");
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else if (node.isArray() && node.size() > 0 && node.get(0).isContainerNode()) {
      for (int i = 0; i < node.size(); i++) flatten(prefix + "[" + i + "]", node.get(i), out);
    } else {
      String text = node.isValueNode() ? node.asText() : node.toString();
      out.put(prefix.isEmpty() ? "(value)" : prefix,
          text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }
  }

  private static BenchmarkData parseCsv(byte[] bytes, Path csv) throws ReportInputException {
    try {
      return BenchmarkCsv.read(new StringReader(new String(bytes, StandardCharsets.UTF_8)),
          csv.toString());
    } catch (BenchmarkFormatException e) {
      throw new ReportInputException(e.getMessage());
    } catch (IOException e) {
      throw new ReportInputException("cannot read " + csv + ": " + e.getMessage());
    }
  }

  private static byte[] readBytes(Path p, String what) throws ReportInputException {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new ReportInputException("cannot read the " + what + " " + p + " (" + e.getMessage()
          + ")");
    }
  }

  /** The SHA-256 of {@code bytes}, hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

package io.plutuscalibrate.reports.page;

import io.plutuscalibrate.models.BuiltinCostModel;
import io.plutuscalibrate.models.fit.BenchmarkData;
import io.plutuscalibrate.reports.pricing.PricingResult;
import java.util.List;
import java.util.Map;

/**
 * Everything the report page shows, loaded and checked.
 *
 * @param fit the fit report
 * @param candidate the fitted cost model (its CPU functions are drawn)
 * @param data the benchmark results the fit read
 * @param files the files read, for the provenance section
 * @param manifest the run's manifest fields (flattened keys), empty when there is none
 * @param how how the fit was obtained, in words
 * @param pricing the pricing check of {@code data}, or null
 * @param pricingModel which model the pricing check used
 */
public record ReportData(
    FitSummary fit,
    BuiltinCostModel candidate,
    BenchmarkData data,
    List<InputFile> files,
    Map<String, String> manifest,
    String how,
    PricingResult pricing,
    String pricingModel) {

  public ReportData {
    files = List.copyOf(files);
    manifest = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(manifest));
  }

  /**
   * A file the report was made from.
   *
   * @param role what it is
   * @param path where it was read
   * @param sha256 its SHA-256, hex
   * @param bytes its size
   */
  public record InputFile(String role, String path, String sha256, long bytes) {}
}

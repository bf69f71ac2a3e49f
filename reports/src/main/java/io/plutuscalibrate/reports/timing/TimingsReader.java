package io.plutuscalibrate.reports.timing;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads the timings of one run from what the user names: a criterion CSV file, or a run
 * directory written by {@code calibrate sweep}, whose {@code benching.csv} holds the same
 * summary. Raw samples of a run directory are not read yet (the store's layout is not settled);
 * points are then tested on criterion's summary, see Note [Within-run error of a point] in
 * {@link PointTiming}.
 */
public final class TimingsReader {
  /** The summary file of a run directory. */
  public static final String RUN_CSV = "benching.csv";

  private TimingsReader() {}

  public static RunTimings read(Path path) throws TimingsInputException {
    Path csv = path;
    if (Files.isDirectory(path)) {
      csv = path.resolve(RUN_CSV);
      if (!Files.isRegularFile(csv)) {
        throw new TimingsInputException(path + ": a run directory must contain " + RUN_CSV
            + " (criterion results); none found");
      }
    } else if (!Files.exists(path)) {
      throw new TimingsInputException(path + ": no such file or run directory");
    }
    try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return CriterionCsv.read(in, csv.toString());
    } catch (NoSuchFileException e) {
      throw new TimingsInputException(csv + ": no such file");
    } catch (AccessDeniedException e) {
      throw new TimingsInputException(csv + ": permission denied");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new TimingsInputException(csv + ": not UTF-8 text; expected a criterion CSV");
    } catch (IOException e) {
      throw new TimingsInputException(csv + ": cannot be read: " + e.getMessage());
    }
  }
}

package io.plutuscalibrate.calibrate;

import io.plutuscalibrate.models.fit.BenchmarkCsv;
import io.plutuscalibrate.models.fit.BenchmarkData;
import io.plutuscalibrate.models.fit.BenchmarkFormatException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Benchmark results named on the command line: a criterion CSV file, or a run directory (what
 * {@code calibrate sweep} writes), whose results are its {@code benching.csv}.
 *
 * @param path the file read
 * @param sha256 its SHA-256, hex
 * @param data its rows
 */
record BenchmarkInput(Path path, String sha256, BenchmarkData data) {
  static final String RUN_FILE = "benching.csv";
  /** A run directory's machine-step and script measurements (what {@code fit --steps} reads). */
  static final String STEPS_FILE = "steps.csv";

  /** The benchmark file {@code given} stands for: itself, or a run directory's benching.csv. */
  static Path resolve(Path given) throws UserInputException {
    if (Files.isDirectory(given)) {
      Path csv = given.resolve(RUN_FILE);
      if (!Files.isRegularFile(csv)) {
        throw new UserInputException(given + " is a directory without " + RUN_FILE
            + "; expected a run directory (from calibrate sweep) or a criterion CSV file");
      }
      return csv;
    }
    if (!Files.exists(given)) throw new UserInputException(given + ": no such file or directory");
    return given;
  }

  static BenchmarkInput read(Path given) throws UserInputException {
    Path csv = resolve(given);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(csv);
    } catch (IOException e) {
      throw new UserInputException("cannot read " + Messages.ioReason(e));
    }
    try {
      BenchmarkData data = BenchmarkCsv.read(
          new StringReader(new String(bytes, StandardCharsets.UTF_8)), csv.toString());
      return new BenchmarkInput(csv, sha256(bytes), data);
    } catch (BenchmarkFormatException e) {
      throw new UserInputException(Messages.oneLine(e.getMessage()));
    } catch (IOException e) {
      throw new UserInputException("cannot read " + csv + ": " + Messages.ioReason(e));
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

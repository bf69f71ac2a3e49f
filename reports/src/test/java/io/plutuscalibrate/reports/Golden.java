package io.plutuscalibrate.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.plutuscalibrate.reports.timing.CriterionCsv;
import io.plutuscalibrate.reports.timing.RunTimings;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of the reports module: inputs and expected outputs under
 * {@code src/test/resources/io/plutuscalibrate/reports/golden}. Run the tests with
 * {@code -Dgolden.update=true} to rewrite the expected outputs after a deliberate change, then
 * review the diff.
 */
public final class Golden {
  private static final String DIR = "/io/plutuscalibrate/reports/golden/";

  private Golden() {}

  /** A golden input CSV, read under its bare file name so outputs do not depend on paths. */
  public static RunTimings csv(String name) {
    try (InputStream in = Golden.class.getResourceAsStream(DIR + name)) {
      if (in == null) throw new IllegalStateException("missing test resource " + DIR + name);
      return CriterionCsv.read(new InputStreamReader(in, StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (io.plutuscalibrate.reports.timing.TimingsInputException e) {
      throw new IllegalStateException(e.getMessage());
    }
  }

  /** Asserts that {@code actual} equals the golden file {@code name} (or rewrites it). */
  public static void check(String name, String actual) {
    Path source = Path.of("src/test/resources" + DIR + name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.writeString(source, actual, StandardCharsets.UTF_8);
        return;
      }
      try (InputStream in = Golden.class.getResourceAsStream(DIR + name)) {
        if (in == null) {
          throw new AssertionError("no golden file " + name + "; run with -Dgolden.update=true");
        }
        String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(expected, actual, "output differs from golden file " + name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

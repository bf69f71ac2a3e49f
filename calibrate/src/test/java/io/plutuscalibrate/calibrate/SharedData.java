package io.plutuscalibrate.calibrate;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Plutus reference data in {@code ../shared/plutus}, found through the system property
 * {@code plutus.shared} that surefire sets. A test that needs it fails (never skips) when it is
 * missing: CI always has it.
 */
final class SharedData {
  private SharedData() {}

  static Path path(String relative) {
    String root = System.getProperty("plutus.shared");
    if (root == null) {
      throw new AssertionError("system property plutus.shared is not set: run the tests with Maven,"
          + " whose surefire configuration points it at ../shared/plutus");
    }
    Path p = Path.of(root).resolve(relative);
    if (!Files.exists(p)) {
      throw new AssertionError("shared Plutus data missing: " + p
          + " (expected ../shared/plutus beside the project, see README)");
    }
    return p;
  }
}

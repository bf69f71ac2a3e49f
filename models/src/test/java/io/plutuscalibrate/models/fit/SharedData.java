package io.plutuscalibrate.models.fit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference data in ../shared/plutus, located by the system property {@code plutus.shared}
 * that surefire sets. A missing directory fails the test with a message, never skips it.
 */
final class SharedData {
  private SharedData() {}

  static Path path(String relative) {
    String root = System.getProperty("plutus.shared");
    if (root == null) {
      throw new AssertionError("system property plutus.shared is not set (run the tests with Maven)");
    }
    Path p = Path.of(root).resolve(relative);
    if (!Files.exists(p)) {
      throw new AssertionError("reference data missing: " + p
          + " (the tests need ../shared/plutus beside the project)");
    }
    return p;
  }
}

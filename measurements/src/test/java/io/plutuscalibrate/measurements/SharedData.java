package io.plutuscalibrate.measurements;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The reference data in {@code ../shared/plutus}, found through the system property {@code
 * plutus.shared} that surefire sets. Tests that need it fail, never skip, when it is missing.
 */
public final class SharedData {
  private SharedData() {}

  /** The path of {@code relative} under the shared Plutus data; fails if it does not exist. */
  public static Path path(String relative) {
    String root = System.getProperty("plutus.shared");
    if (root == null) {
      throw new IllegalStateException("system property plutus.shared is not set: run the tests"
          + " through Maven (surefire sets it to <project>/../shared/plutus)");
    }
    Path p = Path.of(root).resolve(relative);
    if (!Files.exists(p)) {
      throw new IllegalStateException("shared reference data missing: " + p
          + " (tests need ../shared/plutus beside the project; see README)");
    }
    return p;
  }
}

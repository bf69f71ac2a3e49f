package io.plutuscalibrate.uplc;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Plutus reference data in {@code ../shared/plutus}, found through the system property
 * {@code plutus.shared} that surefire sets. Tests that need it fail, never skip, without it.
 */
public final class SharedData {
  private SharedData() {}

  public static Path root() {
    String dir = System.getProperty("plutus.shared");
    if (dir == null) {
      throw new IllegalStateException("system property plutus.shared is not set: run the tests"
          + " through Maven (surefire sets it to <project>/../shared/plutus)");
    }
    Path root = Path.of(dir);
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException("Plutus reference data not found at " + root
          + " (plutus.shared): the tests need ../shared/plutus beside the project");
    }
    return root;
  }

  /** A file or directory under the reference data, which must exist. */
  public static Path path(String relative) {
    Path p = root().resolve(relative);
    if (!Files.exists(p)) {
      throw new IllegalStateException("missing reference data file " + p);
    }
    return p;
  }
}

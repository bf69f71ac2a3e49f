package io.plutuscalibrate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scripts the script benchmarks run: the {@code .flat} files of one directory, by default
 * the validation scripts of the shared Plutus data ({@code ../shared/plutus/validation} from the
 * project root), or the directory named by the system property {@value #PROPERTY}. JMH passes the
 * launching JVM's system properties on to its forks, so the property reaches every fork.
 */
public final class ValidationScripts {
  /** The system property naming the directory of scripts. */
  public static final String PROPERTY = "bench.scripts";

  private ValidationScripts() {}

  /** The directory of scripts: {@value #PROPERTY}, else ../shared/plutus/validation. */
  public static Path directory() {
    String dir = System.getProperty(PROPERTY);
    if (dir != null) return Path.of(dir);
    String shared = System.getProperty("plutus.shared");
    if (shared != null) return Path.of(shared, "validation");
    return Path.of("..", "shared", "plutus", "validation");
  }

  /** The names of the .flat files in {@link #directory()}, sorted. */
  public static List<String> names() {
    Path dir = directory();
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("no directory of scripts at " + dir.toAbsolutePath()
          + ": set -D" + PROPERTY + "=DIR (default ../shared/plutus/validation)");
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".flat"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes of script {@code name} in {@link #directory()}. */
  public static byte[] read(String name) {
    try {
      return Files.readAllBytes(directory().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

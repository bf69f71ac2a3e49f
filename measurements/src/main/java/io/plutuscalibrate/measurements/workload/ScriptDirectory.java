package io.plutuscalibrate.measurements.workload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real scripts a user gives: every {@code .flat}, {@code .cbor}, {@code .hex}, {@code .plutus} and
 * {@code .uplc} file under a directory (see {@link ScriptFormat}), each a point
 * {@code UserScript/<path relative to the directory>} of kind SCRIPT. The scripts should be fully
 * applied (take no more arguments), as the validation scripts of plutus-benchmark are; one that
 * is not still decodes and evaluates, to a function.
 */
public final class ScriptDirectory {
  private ScriptDirectory() {}

  static final String GROUP = "UserScript";

  /** What loading found: the points, files that could not be used and why, files ignored. */
  public record Loaded(List<WorkloadPoint> points, List<String> problems, List<Path> ignored) {
    public Loaded {
      points = List.copyOf(points);
      problems = List.copyOf(problems);
      ignored = List.copyOf(ignored);
    }
  }

  /**
   * Reads every script file under {@code dir}, in path order, and decodes each once to check it.
   * Problems (an unreadable directory or file, bytes that do not decode) are reported in the
   * result, one message per file naming it, never thrown.
   */
  public static Loaded load(Path dir) {
    List<WorkloadPoint> points = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<Path> ignored = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      problems.add(dir + ": not a directory (expected a directory of .flat, .cbor, .hex, .plutus"
          + " or .uplc scripts)");
      return new Loaded(points, problems, ignored);
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.add(dir + ": cannot list the directory: " + e.getMessage());
      return new Loaded(points, problems, ignored);
    }
    for (Path file : files) {
      String relative = dir.relativize(file).toString().replace('\\', '/');
      var format = ScriptFormat.ofFileName(relative);
      if (format.isEmpty()) {
        ignored.add(file);
        continue;
      }
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        problems.add(file + ": cannot read: " + e.getMessage());
        continue;
      }
      ScriptSource source = new ScriptSource(file.toString(), format.get(), bytes);
      if (source.decode() instanceof ScriptDecoding.Undecodable u) {
        problems.add(u.reason());
        continue;
      }
      points.add(WorkloadPoint.ofScript(GROUP + "/" + relative, GROUP, List.of(), source));
    }
    return new Loaded(points, problems, ignored);
  }
}

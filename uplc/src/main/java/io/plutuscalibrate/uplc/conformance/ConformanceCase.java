package io.plutuscalibrate.uplc.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One case of the Plutus conformance suite layout: {@code NAME.uplc} (the program),
 * {@code NAME.uplc.expected} (its result: a program, {@code evaluation failure} or
 * {@code parse/decode error}) and {@code NAME.budget.expected} (the budget of a successful
 * evaluation). In the flat form of the suite the program is {@code NAME.flat} and its result
 * {@code NAME.flat.expected} (flat bytes, or one of the two texts); the budget file is shared.
 * {@code name} is the program's path relative to the directory searched, without its extension.
 */
public record ConformanceCase(String name, Path program) {
  /** The extension of textual programs. */
  public static final String TEXT = ".uplc";
  /** The extension of flat-encoded programs. */
  public static final String FLAT = ".flat";

  public ConformanceCase {
    Objects.requireNonNull(name);
    Objects.requireNonNull(program);
  }

  public Path expectedResult() {
    return program.resolveSibling(program.getFileName() + ".expected");
  }

  public Path expectedBudget() {
    String file = program.getFileName().toString();
    return program.resolveSibling(file.substring(0, file.lastIndexOf('.')) + ".budget.expected");
  }

  /** Whether the program is flat-encoded ({@code NAME.flat}) rather than text. */
  public boolean isFlat() {
    return program.getFileName().toString().endsWith(FLAT);
  }

  /** The directory of the case relative to the searched root, e.g. {@code term/case/case-01}. */
  public String directory() {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash);
  }

  /**
   * Every {@code .uplc} file under {@code root} (or {@code root} itself if it is one), in path
   * order.
   *
   * @throws UncheckedIOException if the directory cannot be read
   */
  public static List<ConformanceCase> find(Path root) {
    return find(root, TEXT);
  }

  /**
   * Every file with the given extension ({@link #TEXT} or {@link #FLAT}) under {@code root} (or
   * {@code root} itself if it is a file), in path order.
   *
   * @throws UncheckedIOException if the directory cannot be read
   */
  public static List<ConformanceCase> find(Path root, String extension) {
    if (Files.isRegularFile(root)) {
      String file = root.getFileName().toString();
      int dot = file.lastIndexOf('.');
      return List.of(new ConformanceCase(dot < 0 ? file : file.substring(0, dot), root));
    }
    List<ConformanceCase> cases = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(p -> p.getFileName().toString().endsWith(extension) && Files.isRegularFile(p))
          .sorted(Comparator.comparing(Path::toString))
          .forEach(p -> {
            String rel = root.relativize(p).toString().replace('\\', '/');
            cases.add(new ConformanceCase(rel.substring(0, rel.length() - extension.length()), p));
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }
}

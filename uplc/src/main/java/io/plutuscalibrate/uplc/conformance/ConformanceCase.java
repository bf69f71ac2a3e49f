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
 * evaluation). {@code name} is the program's path relative to the directory searched, without
 * the {@code .uplc} extension.
 */
public record ConformanceCase(String name, Path program) {
  public ConformanceCase {
    Objects.requireNonNull(name);
    Objects.requireNonNull(program);
  }

  public Path expectedResult() {
    return program.resolveSibling(program.getFileName() + ".expected");
  }

  public Path expectedBudget() {
    String file = program.getFileName().toString();
    return program.resolveSibling(file.substring(0, file.length() - ".uplc".length()) + ".budget.expected");
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
    if (Files.isRegularFile(root)) {
      String file = root.getFileName().toString();
      return List.of(new ConformanceCase(file.substring(0, file.length() - ".uplc".length()), root));
    }
    List<ConformanceCase> cases = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(p -> p.getFileName().toString().endsWith(".uplc") && Files.isRegularFile(p))
          .sorted(Comparator.comparing(Path::toString))
          .forEach(p -> {
            String rel = root.relativize(p).toString().replace('\\', '/');
            cases.add(new ConformanceCase(rel.substring(0, rel.length() - ".uplc".length()), p));
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cases;
  }
}

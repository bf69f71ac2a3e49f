package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.load.LoadResult;
import io.plutuscalibrate.uplc.load.ProgramLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The scripts a diff re-costs: every program file directly in a directory, by name. Program files
 * are those whose extension {@code ProgramLoader} knows (Note [Program input formats]):
 * {@code .uplc .flat .cbor .hex .cborhex .plutus}; JSON text envelopes named {@code .json} are
 * left out, because a directory of scripts next to cost-model JSON files is common. A program file
 * that does not decode is an input error, not a row of the report: a script the diff cannot read
 * is one whose cost change nobody would see.
 */
public record ScriptSet(String directory, List<Script> scripts) {

  private static final Set<String> EXTENSIONS =
      Set.of("uplc", "flat", "cbor", "hex", "cborhex", "plutus");

  /** A script: its file name and program. */
  public record Script(String name, Program program) {}

  public ScriptSet {
    scripts = List.copyOf(scripts);
  }

  public static ScriptSet load(Path directory) throws DiffInputException {
    if (!Files.isDirectory(directory)) {
      throw new DiffInputException("--scripts " + directory + ": "
          + (Files.exists(directory) ? "not a directory" : "no such directory"));
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(directory)) {
      files = s.filter(Files::isRegularFile).filter(ScriptSet::isProgramFile).sorted().toList();
    } catch (IOException e) {
      throw new DiffInputException("--scripts " + directory + ": cannot list the directory ("
          + e.getMessage() + ")");
    }
    if (files.isEmpty()) {
      throw new DiffInputException("--scripts " + directory + ": no program files (" 
          + String.join(", ", EXTENSIONS.stream().sorted().map(x -> "." + x).toList()) + ")");
    }
    List<Script> scripts = new ArrayList<>();
    for (Path f : files) {
      LoadResult r = ProgramLoader.load(f);
      if (r instanceof LoadResult.Failed failed) {
        throw new DiffInputException(failed.message());
      }
      scripts.add(new Script(f.getFileName().toString(), r.orElseThrow()));
    }
    return new ScriptSet(directory.toString(), scripts);
  }

  private static boolean isProgramFile(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }
}

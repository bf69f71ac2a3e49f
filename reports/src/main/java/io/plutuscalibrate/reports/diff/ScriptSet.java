package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.load.LoadResult;
import io.plutuscalibrate.uplc.load.ProgramLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The scripts a diff re-costs: every program file directly in a directory, by name. Program files
 * are those of {@link ProgramLoader#scriptFiles} (the extensions of Note [Program input
 * formats] but {@code .json}). A program file
 * that does not decode is an input error, not a row of the report: a script the diff cannot read
 * is one whose cost change nobody would see.
 */
public record ScriptSet(String directory, List<Script> scripts) {

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
    try {
      files = ProgramLoader.scriptFiles(directory);
    } catch (IOException e) {
      throw new DiffInputException("--scripts " + directory + ": cannot list the directory ("
          + e.getMessage() + ")");
    }
    if (files.isEmpty()) {
      throw new DiffInputException("--scripts " + directory + ": no program files (" 
          + ProgramLoader.scriptExtensionsText() + ")");
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
}

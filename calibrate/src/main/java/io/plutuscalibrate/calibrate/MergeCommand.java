package io.plutuscalibrate.calibrate;

import io.plutuscalibrate.measurements.store.RunMerger;
import io.plutuscalibrate.measurements.store.RunStoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code calibrate merge RUN... --out RUN}: joins the parts of a sharded sweep. Exit status 0, or
 * 2 when the parts are not the parts of one sweep.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {
        "Join the run directories of a sweep split with --shard K/N into one run: benching.csv,"
            + " samples and journal concatenated, and a manifest listing each part with its"
            + " provenance (run id, host, JVM, target, times, manifest hash).",
        "",
        "The parts must have the same configuration but for the shard, be distinct shards of the"
            + " same N, hold no point twice, and be complete and cover every shard (unless"
            + " --allow-incomplete)."})
final class MergeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "RUN", arity = "1..*", description = "the part runs")
  List<Path> parts;

  @Option(names = "--out", paramLabel = "RUN", required = true, description = "the merged run")
  Path out;

  @Option(names = "--allow-incomplete",
      description = "merge even when a part is unfinished or a shard is missing")
  boolean allowIncomplete;

  @Override
  public Integer call() {
    PrintWriter o = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      RunMerger.Merged m = RunMerger.merge(parts, out, allowIncomplete);
      o.println("merged " + m.parts() + " parts, " + m.points() + " points, into " + m.dir()
          + (m.missingShards().isEmpty() ? "" : " (missing shards " + String.join(", ",
          m.missingShards()) + ")"));
      o.flush();
      return 0;
    } catch (RunStoreException e) {
      err.println("calibrate merge: " + Messages.oneLine(e.getMessage()));
      err.flush();
      return 2;
    } catch (IOException e) {
      err.println("calibrate merge: " + Messages.ioReason(e));
      err.flush();
      return 2;
    }
  }
}

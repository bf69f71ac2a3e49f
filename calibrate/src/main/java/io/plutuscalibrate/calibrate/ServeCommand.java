package io.plutuscalibrate.calibrate;

import io.plutuscalibrate.measurements.store.HostInfo;
import io.plutuscalibrate.measurements.sweep.SweepPoints;
import io.plutuscalibrate.measurements.target.EmbeddedTarget;
import io.plutuscalibrate.measurements.target.ProtocolServer;
import io.plutuscalibrate.models.SemanticsVariant;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code calibrate serve}: the embedded evaluator behind the JSON-lines protocol of
 * docs/protocol.md on stdin and stdout, for {@code sweep --target process} and for testing
 * adapters of other evaluators against a reference. Exits 0 at {@code quit} or end of input.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {
        "Evaluate programs for a harness over the JSON-lines protocol (docs/protocol.md): read"
            + " requests on stdin, write one response per line on stdout, starting with a hello"
            + " line. Runs the embedded CEK machine, with the harness's no-op builtins"
            + " (capability harness-builtins).",
        "",
        "Example: calibrate sweep --target process --command \"bin/calibrate serve\" --out RUN"})
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--variant", paramLabel = "A..E", defaultValue = "E",
      description = "builtin semantics variant (default ${DEFAULT-VALUE})")
  SemanticsVariant variant;

  @Override
  public Integer call() throws IOException {
    // stdout carries the protocol alone: anything else printed goes to stderr.
    PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false,
        StandardCharsets.UTF_8);
    System.setOut(System.err);
    ProtocolServer server = ProtocolServer.on(EmbeddedTarget.create(
        SweepPoints.machineParameters(variant), HostInfo.projectVersion()));
    server.serve(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
        protocol);
    protocol.flush();
    return 0;
  }
}

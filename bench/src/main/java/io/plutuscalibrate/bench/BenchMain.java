package io.plutuscalibrate.bench;

import io.plutuscalibrate.bench.report.JmhResults;
import io.plutuscalibrate.bench.report.PeerReport;
import java.nio.file.Path;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs JMH with its usual command line, then prints {@link PeerReport}'s tables of the JSON
 * result. Unless the command line says otherwise, the script benchmarks run every script of
 * {@link ValidationScripts#directory()} and the result goes to {@code bench/target/jmh-result.json}.
 * {@code report FILE} prints the tables of an earlier result without running anything.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("report")) {
      PeerReport.print(JmhResults.read(Path.of(args[1])), System.out);
      return;
    }
    CommandLineOptions cli = new CommandLineOptions(args);
    if (cli.shouldHelp() || cli.shouldList() || cli.shouldListWithParams()
        || cli.shouldListProfilers() || cli.shouldListResultFormats()) {
      // Listing and help as JMH's own main does them.
      org.openjdk.jmh.Main.main(args);
      return;
    }
    ChainedOptionsBuilder options = new OptionsBuilder().parent(cli);
    if (!cli.getParameter("script").hasValue()) {
      options.param("script", ValidationScripts.names().toArray(new String[0]));
    }
    Path result = Path.of(cli.getResult().orElse("bench/target/jmh-result.json"));
    options.result(result.toString());
    options.resultFormat(cli.getResultFormat().orElse(ResultFormatType.JSON));
    new Runner(options.build()).run();
    if (cli.getResultFormat().orElse(ResultFormatType.JSON) == ResultFormatType.JSON) {
      System.out.println();
      PeerReport.print(JmhResults.read(result), System.out);
    }
  }
}

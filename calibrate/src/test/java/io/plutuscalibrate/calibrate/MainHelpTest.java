package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's --help renders cleanly. picocli treats descriptions as format strings: a bare
 * '%' (as in "95% interval") makes it print a warning on stderr and show the raw text, which is
 * what {@code calibrate sweep --help} did.
 */
class MainHelpTest {
  @Test
  void everyCommandsUsageRendersWithoutPicocliWarnings() {
    List<CommandLine> commands = new ArrayList<>();
    collect(Main.commandLine(), commands);
    PrintStream saved = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> bad = new ArrayList<>();
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      for (CommandLine c : commands) {
        String usage = c.getUsageMessage(CommandLine.Help.Ansi.OFF);
        String warnings = err.toString(StandardCharsets.UTF_8);
        if (!warnings.isEmpty() || usage.contains("%n")) {
          bad.add(c.getCommandSpec().qualifiedName() + ": " + warnings.strip());
        }
        err.reset();
        assertFalse(usage.isBlank());
      }
    } finally {
      System.setErr(saved);
    }
    assertEquals(List.of(), bad);
  }

  private static void collect(CommandLine c, List<CommandLine> out) {
    out.add(c);
    c.getSubcommands().values().stream().distinct().forEach(s -> collect(s, out));
  }
}

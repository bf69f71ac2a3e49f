package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  @TempDir Path dir;

  @Test
  void refusesADirectoryThatIsNotEmpty() throws Exception {
    Files.writeString(dir.resolve("old.txt"), "x");
    Cli r = Cli.run("run", "--out", dir.toString());
    assertEquals(2, r.exit());
    assertEquals("calibrate run: " + dir + " is not empty; give a new directory with --out\n",
        r.err());
    assertEquals("", r.out());
  }
}

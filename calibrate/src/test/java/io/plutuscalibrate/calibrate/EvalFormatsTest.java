package io.plutuscalibrate.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.uplc.flat.Flat;
import io.plutuscalibrate.uplc.flat.SerialisedScript;
import io.plutuscalibrate.uplc.text.UplcParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calibrate eval} on flat, CBOR and hex inputs, and its {@code --counting} table. */
class EvalFormatsTest {
  private static final String ID = "(program 1.0.0 [(lam x x) (con integer 1)])";
  private static final String ID_OUTPUT = "(program 1.0.0 (con integer 1))\ncpu: 64100\nmem: 500\n";

  @TempDir Path dir;

  private static byte[] flat(String program) {
    return Flat.encode(UplcParser.parseProgram(program, "test").orElseThrow());
  }

  private Cli eval(String name, byte[] content, String... options) throws IOException {
    Path p = Files.write(dir.resolve(name), content);
    String[] args = new String[options.length + 2];
    args[0] = "eval";
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = p.toString();
    return Cli.run(args);
  }

  @Test
  void flatCborAndHexInputs() throws IOException {
    byte[] flat = flat(ID);
    byte[] cbor = SerialisedScript.wrap(flat);
    byte[] hex = HexFormat.of().formatHex(SerialisedScript.wrap(cbor)).getBytes();
    for (Cli r : new Cli[] {eval("id.flat", flat), eval("id.cbor", cbor), eval("id.hex", hex),
        eval("id-no-extension", hex), eval("id.bin", cbor)}) {
      assertEquals(0, r.exit(), r.err());
      assertEquals(ID_OUTPUT, r.out().replace("\r", ""));
    }
  }

  @Test
  void decodeErrorsAreOneLineWithPositionAndExit2() throws IOException {
    Cli r = eval("bad.flat", new byte[] {1, 0, 0, (byte) 0xa0, 1});
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("calibrate eval: decode error: "), r.err());
    assertTrue(r.err().contains("bad.flat: flat decoding failed at byte 3 bit 0: unknown term"),
        r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }

  @Test
  void countingPrintsStepsAndBuiltinsWithTheirCosts() throws IOException {
    Cli r = eval("id.flat", flat(ID), "--counting");
    assertEquals(0, r.exit(), r.err());
    String expected = ID_OUTPUT + "\n"
        + "CPU budget:    64100\n"
        + "Memory budget: 500\n"
        + "\n"
        + "step                        count              cpu              mem\n"
        + "startup                         1              100              100\n"
        + "var                             1            16000              100\n"
        + "const                           1            16000              100\n"
        + "lam                             1            16000              100\n"
        + "delay                           0                0                0\n"
        + "force                           0                0                0\n"
        + "apply                           1            16000              100\n"
        + "builtin                         0                0                0\n"
        + "constr                          0                0                0\n"
        + "case                            0                0                0\n"
        + "all machine steps               4            64000              400\n"
        + "\n"
        + "builtin                     calls              cpu              mem\n"
        + "all builtins                    0                0                0\n"
        + "\n"
        + "total                                        64100              500\n"
        + "time spent in builtins: 0.00%\n"
        + "predicted execution time: 64.100 ns\n";
    assertEquals(expected, r.out().replace("\r", ""));
  }

  @Test
  void countingListsEachBuiltinCalled() throws IOException {
    Path p = Files.writeString(dir.resolve("add.uplc"), "(program 1.0.0 [(builtin addInteger)"
        + " [(builtin addInteger) (con integer 1) (con integer 2)] (con integer 3)])");
    Cli r = Cli.run("eval", "--counting", p.toString());
    assertEquals(0, r.exit(), r.err());
    String out = r.out().replace("\r", "");
    assertTrue(out.matches("(?s).*\naddInteger +2 +\\d+ +\\d+\nall builtins +2 .*"), out);
    // the rows add up to the budget
    long cpu = Long.parseLong(out.replaceAll("(?s).*\ncpu: (\\d+)\n.*", "$1"));
    assertTrue(out.matches("(?s).*\ntotal +" + cpu + " .*"), out);
  }
}

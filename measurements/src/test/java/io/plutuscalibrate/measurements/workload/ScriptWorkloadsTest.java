package io.plutuscalibrate.measurements.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.measurements.SharedData;
import io.plutuscalibrate.uplc.cbor.DataCbor;
import io.plutuscalibrate.uplc.cek.CekMachine;
import io.plutuscalibrate.uplc.cek.EvaluationResult;
import io.plutuscalibrate.uplc.cek.MachineParameters;
import io.plutuscalibrate.uplc.core.Data;
import io.plutuscalibrate.uplc.core.IntegerConstant;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.flat.Flat;
import io.plutuscalibrate.uplc.flat.SerialisedScript;
import io.plutuscalibrate.uplc.text.UplcPrinter;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ScriptWorkloadsTest {
  private static final CekMachine MACHINE = CekMachine.create(MachineParameters.defaults());

  @ParameterizedTest
  @EnumSource(Grid.class)
  void theSyntheticScriptsComputeWhatTheirNotesSay(Grid grid) {
    List<WorkloadPoint> points = Workloads.syntheticScripts(grid);
    assertEquals(10 * (grid == Grid.QUICK ? 1 : 2), points.size());
    for (WorkloadPoint p : points) {
      assertEquals(WorkloadKind.SCRIPT, p.kind());
      ScriptSource source = p.script().orElseThrow();
      assertEquals(ScriptFormat.FLAT, source.format());
      String program = p.name().split("/")[1];
      int n = Math.toIntExact(p.sizes().get(0));
      Program decoded = source.decode().orElseThrow();
      assertEquals(SyntheticScripts.applied(SyntheticScripts.load(program), n), decoded);
      EvaluationResult r = MACHINE.evaluate(p.program(), null);
      assertTrue(r.isSuccess(), p.id() + ": " + r);
      Term result = ((EvaluationResult.Success) r).term();
      assertEquals(new Term.Const(IntegerConstant.of(expected(program, n))), result, p.id());
    }
  }

  @Test
  void theValidationScriptsLoadAndEvaluate() {
    ScriptDirectory.Loaded loaded = ScriptDirectory.load(SharedData.path("validation"));
    assertEquals(List.of(), loaded.problems());
    assertEquals(39, loaded.points().size());
    for (WorkloadPoint p : loaded.points()) {
      assertTrue(p.name().startsWith("UserScript/") && p.name().endsWith(".flat"), p.name());
      assertEquals(ScriptFormat.FLAT, p.script().orElseThrow().format());
      EvaluationResult r = MACHINE.evaluate(p.program(), null);
      assertTrue(r.isSuccess(), p.id() + ": " + r);
    }
  }

  @Test
  void everyFormatDecodesToTheSameProgram(@TempDir Path dir) throws IOException {
    Program program = SyntheticScripts.applied(SyntheticScripts.load("fib"), 7);
    byte[] flat = Flat.encode(program);
    byte[] cbor = SerialisedScript.wrap(flat);
    String hex = HexFormat.of().formatHex(cbor);
    Files.write(dir.resolve("a.flat"), flat);
    Files.write(dir.resolve("b.cbor"), cbor);
    Files.writeString(dir.resolve("c.hex"), hex + "\n");
    // cardano-cli's envelope holds the CBOR of the script bytes: two layers.
    Files.writeString(dir.resolve("d.plutus"), "{\"type\": \"PlutusScriptV3\", \"description\": \"\","
        + " \"cborHex\": \"" + HexFormat.of().formatHex(SerialisedScript.wrap(cbor)) + "\"}");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/e.uplc"), UplcPrinter.print(program));
    Files.write(dir.resolve("broken.flat"), new byte[] {1, 1, 0, (byte) 0xF0});
    Files.writeString(dir.resolve("notes.txt"), "not a script");

    ScriptDirectory.Loaded loaded = ScriptDirectory.load(dir);
    assertEquals(List.of("UserScript/a.flat", "UserScript/b.cbor", "UserScript/c.hex",
        "UserScript/d.plutus", "UserScript/sub/e.uplc"),
        loaded.points().stream().map(WorkloadPoint::name).toList());
    for (WorkloadPoint p : loaded.points()) assertEquals(program, p.program(), p.name());
    assertEquals(1, loaded.problems().size());
    assertTrue(loaded.problems().get(0).contains("broken.flat"), loaded.problems().get(0));
    assertEquals(List.of(dir.resolve("notes.txt")), loaded.ignored());
  }

  @Test
  void aMissingDirectoryIsAProblemNotAnException(@TempDir Path dir) {
    ScriptDirectory.Loaded loaded = ScriptDirectory.load(dir.resolve("nowhere"));
    assertTrue(loaded.points().isEmpty());
    assertEquals(1, loaded.problems().size());
    assertTrue(loaded.problems().get(0).contains("not a directory"));
  }

  @Test
  void badBytesSayWhatIsWrong() {
    String bad = ((ScriptDecoding.Undecodable) ScriptFormat.CBOR_HEX
        .decode("zz".getBytes(StandardCharsets.UTF_8), "x.hex")).reason();
    assertTrue(bad.startsWith("x.hex: ") && bad.contains("hexadecimal"), bad);
    String envelope = ((ScriptDecoding.Undecodable) ScriptFormat.TEXT_ENVELOPE
        .decode("{}".getBytes(StandardCharsets.UTF_8), "y.plutus")).reason();
    assertTrue(envelope.contains("cborHex"), envelope);
    String text = ((ScriptDecoding.Undecodable) ScriptFormat.TEXT
        .decode("(program 1.1.0".getBytes(StandardCharsets.UTF_8), "z.uplc")).reason();
    assertTrue(text.contains("z.uplc"), text);
  }

  private static BigInteger expected(String program, int n) {
    return switch (program) {
      case "fib" -> {
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
          BigInteger t = a.add(b);
          a = b;
          b = t;
        }
        yield a;
      }
      case "sum-list" -> BigInteger.valueOf((long) n * (n + 1) / 2);
      case "sop-tree" -> BigInteger.ONE.shiftLeft(n);
      case "insertion-sort" -> {
        long x = n;
        long min = Long.MAX_VALUE;
        for (int i = 0; i < n; i++) {
          x = (1103515245L * x + 12345L) % 2147483648L;
          min = Math.min(min, x);
        }
        yield BigInteger.valueOf(min);
      }
      case "data-sum" -> {
        List<Data> records = new ArrayList<>();
        for (int k = n; k >= 1; k--) {
          byte[] bytes = new byte[8];
          for (int i = 0; i < 8; i++) bytes[7 - i] = (byte) (k >>> (8 * i));
          records.add(Data.constr(BigInteger.valueOf(k),
              List.of(Data.integer(BigInteger.valueOf(k)), Data.bytes(bytes))));
        }
        long length = DataCbor.encode(Data.list(records)).length;
        yield BigInteger.valueOf((long) n * (n + 1) / 2 + length);
      }
      default -> throw new AssertionError(program);
    };
  }

}

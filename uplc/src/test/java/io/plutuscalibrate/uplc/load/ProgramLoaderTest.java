package io.plutuscalibrate.uplc.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.uplc.SharedData;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.flat.Flat;
import io.plutuscalibrate.uplc.flat.SerialisedScript;
import io.plutuscalibrate.uplc.text.UplcPrinter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramLoaderTest {
  private static byte[] flat;
  private static Program program;

  @TempDir Path dir;

  @BeforeAll
  static void readScript() throws Exception {
    flat = Files.readAllBytes(SharedData.path("validation/escrow-refund-1.flat"));
    program = Flat.decode(flat).orElseThrow();
  }

  private Path write(String name, byte[] content) throws Exception {
    return Files.write(dir.resolve(name), content);
  }

  private Path write(String name, String content) throws Exception {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertLoads(Path file, ProgramFormat format, int layers) {
    LoadResult r = ProgramLoader.load(file);
    LoadResult.Loaded l = assertInstanceOf(LoadResult.Loaded.class, r, r::toString);
    assertEquals(program, l.program());
    assertEquals(format, l.format());
    assertEquals(layers, l.cborLayers());
  }

  @Test
  void byExtension() throws Exception {
    byte[] once = SerialisedScript.wrap(flat);
    byte[] twice = SerialisedScript.wrap(once);
    String hex = HexFormat.of().formatHex(twice);
    assertLoads(write("s.flat", flat), ProgramFormat.FLAT, 0);
    assertLoads(write("s.cbor", once), ProgramFormat.CBOR, 1);
    assertLoads(write("s2.cbor", twice), ProgramFormat.CBOR, 2);
    assertLoads(write("s.hex", hex + "\n"), ProgramFormat.CBOR_HEX, 2);
    assertLoads(write("f.hex", HexFormat.of().formatHex(flat)), ProgramFormat.FLAT_HEX, 0);
    assertLoads(write("s.plutus", "{\n  \"type\": \"PlutusScriptV2\",\n  \"description\": \"\",\n"
        + "  \"cborHex\": \"" + hex + "\"\n}\n"), ProgramFormat.TEXT_ENVELOPE, 2);
    assertLoads(write("s.uplc", UplcPrinter.print(program)), ProgramFormat.TEXT, 0);
  }

  @Test
  void byContent() throws Exception {
    byte[] once = SerialisedScript.wrap(flat);
    assertLoads(write("a", flat), ProgramFormat.FLAT, 0);
    assertLoads(write("b", once), ProgramFormat.CBOR, 1);
    assertLoads(write("c", HexFormat.of().formatHex(once)), ProgramFormat.CBOR_HEX, 1);
    assertLoads(write("d", "-- a comment\n{- and {- nested -} -}\n" + UplcPrinter.print(program)),
        ProgramFormat.TEXT, 0);
    assertLoads(write("e", "{\"cborHex\": \"" + HexFormat.of().formatHex(once) + "\"}"),
        ProgramFormat.TEXT_ENVELOPE, 1);
  }

  @Test
  void failuresSayWhereAndWhy() throws Exception {
    assertFailure(write("bad.uplc", "(program 1.0.0\n  (lam x y))"), "bad.uplc:2:");
    assertFailure(write("bad.flat", new byte[] {1, 0, 0, (byte) 0xa0, 1}), "unknown term");
    assertFailure(write("bad.hex", "4501zz"), "not hexadecimal");
    assertFailure(write("bad.cbor", flat), "not a CBOR-wrapped script");
    assertFailure(write("bad.json", "{\"type\": \"x\"}"), "cborHex");
    assertFailure(dir.resolve("missing.flat"), "cannot read");
    assertFailure(write("trunc.cbor", SerialisedScript.wrap(new byte[] {1, 0, 0})),
        "inside 1 CBOR byte string");
  }

  private static void assertFailure(Path file, String part) {
    LoadResult r = ProgramLoader.load(file);
    LoadResult.Failed f = assertInstanceOf(LoadResult.Failed.class, r);
    assertTrue(f.message().contains(part), f::message);
    assertTrue(f.message().contains(file.getFileName().toString()), f::message);
  }
}

package io.plutuscalibrate.uplc.flat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.uplc.SharedData;
import io.plutuscalibrate.uplc.core.Program;
import java.nio.file.Files;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SerialisedScriptTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void singleAndDoubleWrappingOfARealScript() throws Exception {
    byte[] flat = Files.readAllBytes(SharedData.path("validation/auction_1-1.flat"));
    Program program = Flat.decode(flat).orElseThrow();
    byte[] once = SerialisedScript.wrap(flat);
    byte[] twice = SerialisedScript.wrap(once);
    assertEquals(0x59, once[0] & 0xff); // two-byte length: the script has 3719 bytes
    assertEquals(1, SerialisedScript.unwrap(once).layers());
    assertArrayEquals(flat, SerialisedScript.unwrap(once).flat());
    assertEquals(2, SerialisedScript.unwrap(twice).layers());
    assertArrayEquals(flat, SerialisedScript.unwrap(twice).flat());
    assertEquals(program, SerialisedScript.decode(twice).orElseThrow());
    String hex = HEX.formatHex(once);
    assertEquals(program, SerialisedScript.decodeHex(" " + hex.substring(0, 10) + "\n"
        + hex.substring(10) + "\n").orElseThrow());
  }

  @Test
  void headSizes() {
    assertEquals("4101", HEX.formatHex(SerialisedScript.wrap(new byte[] {1})));
    assertEquals(0x57, SerialisedScript.wrap(new byte[23])[0] & 0xff);
    assertEquals("5818", HEX.formatHex(SerialisedScript.wrap(new byte[24])).substring(0, 4));
    assertEquals("590100", HEX.formatHex(SerialisedScript.wrap(new byte[256])).substring(0, 6));
    assertEquals("5a00010000",
        HEX.formatHex(SerialisedScript.wrap(new byte[65536])).substring(0, 10));
  }

  @Test
  void rejectsWhatIsNotOneByteString() {
    byte[] flat = HEX.parseHex("0100006001"); // (program 1.0.0 (error))
    assertMessage("expected a definite-length CBOR byte string", flat);
    assertMessage("after the CBOR byte string", HEX.parseHex("45" + "0100006001" + "00"));
    assertMessage("claims 6 bytes but 5 follow", HEX.parseHex("46" + "0100006001"));
    assertMessage("expected a definite-length", HEX.parseHex("5f450100006001ff"));
    assertMessage("empty input", new byte[0]);
    assertMessage("end of input in the CBOR byte string's head", HEX.parseHex("59"));
    // decode reports the CBOR problem as a failure at offset 0; hex errors too
    assertInstanceOf(FlatDecodeResult.Failure.class, SerialisedScript.decode(flat));
    FlatDecodeResult r = SerialisedScript.decodeHex("45zz");
    assertTrue(r.toString().contains("not hexadecimal"), r::toString);
    assertEquals(Flat.decode(flat).orElseThrow(),
        SerialisedScript.decode(HEX.parseHex("45" + "0100006001")).orElseThrow());
  }

  private static void assertMessage(String part, byte[] input) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SerialisedScript.unwrap(input));
    assertTrue(e.getMessage().contains(part), e::getMessage);
  }
}

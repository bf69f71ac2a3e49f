package io.plutuscalibrate.uplc.flat;

import static io.plutuscalibrate.uplc.flat.FlatFilesTest.DECODE_ERROR_TEXT;
import static io.plutuscalibrate.uplc.flat.FlatFilesTest.FAILURE_TEXT;
import static io.plutuscalibrate.uplc.flat.FlatFilesTest.expectedFile;
import static io.plutuscalibrate.uplc.flat.FlatFilesTest.files;
import static io.plutuscalibrate.uplc.flat.FlatFilesTest.isText;
import static io.plutuscalibrate.uplc.flat.FlatFilesTest.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.uplc.SharedData;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.text.ParseResult;
import io.plutuscalibrate.uplc.text.UplcParser;
import io.plutuscalibrate.uplc.text.UplcPrinter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The flat files say what the text files say: {@code NAME.flat} decodes to the program that
 * parsing {@code NAME.uplc} gives, and {@code NAME.flat.expected} to the one in
 * {@code NAME.uplc.expected} (or both are the same failure marker).
 */
class FlatMatchesTextTest {

  private static String text(Path p) {
    return new String(read(p), StandardCharsets.UTF_8);
  }

  private static Path sibling(Path flat, String suffix) {
    String name = flat.getFileName().toString();
    return flat.resolveSibling(name.substring(0, name.length() - ".flat".length()) + suffix);
  }

  private static Program parse(Path p) {
    ParseResult<Program> r = UplcParser.parseProgram(text(p), p.toString());
    return r.orElseThrow();
  }

  private static void assertSameProgram(Program fromText, Program fromFlat, Path flat) {
    if (!fromText.equals(fromFlat)) {
      assertEquals(UplcPrinter.print(fromText), UplcPrinter.print(fromFlat), flat.toString());
    }
    assertEquals(fromText, fromFlat, flat.toString());
  }

  @TestFactory
  Stream<DynamicTest> programs() {
    return files("conformance", ".flat").stream()
        .filter(f -> !isText(read(expectedFile(f)), DECODE_ERROR_TEXT))
        .map(f -> DynamicTest.dynamicTest(name(f), () ->
            assertSameProgram(parse(sibling(f, ".uplc")), Flat.decode(read(f)).orElseThrow(), f)));
  }

  @TestFactory
  Stream<DynamicTest> expectedResults() {
    return files("conformance", ".flat.expected").stream()
        .map(f -> DynamicTest.dynamicTest(name(f), () -> {
          byte[] flat = read(f);
          Path uplcFile = sibling(f.resolveSibling(
              f.getFileName().toString().replace(".flat.expected", ".flat")), ".uplc.expected");
          if (isText(flat, FAILURE_TEXT) || isText(flat, DECODE_ERROR_TEXT)) {
            String marker = new String(flat, StandardCharsets.UTF_8).strip();
            String uplc = text(uplcFile).strip();
            assertTrue(uplc.equals(marker) || marker.equals(DECODE_ERROR_TEXT)
                && uplc.equals("parse error"), f + ": flat says " + marker + ", text says " + uplc);
          } else {
            assertSameProgram(parse(uplcFile), Flat.decode(flat).orElseThrow(), f);
          }
        }));
  }

  private static String name(Path f) {
    return SharedData.path("").relativize(f).toString();
  }
}

package io.plutuscalibrate.uplc.flat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.plutuscalibrate.uplc.SharedData;
import io.plutuscalibrate.uplc.core.Program;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every flat file of the reference data decodes, and re-encodes to exactly its bytes: the
 * conformance programs ({@code NAME.flat}), their expected results ({@code NAME.flat.expected}:
 * the flat-encoded result, or the text "evaluation failure" or "parse/decode error"), and the
 * validation scripts. A program whose expected result is "parse/decode error" must fail to
 * decode or be open (Plutus's conformance runner turns free variables into that error).
 */
class FlatFilesTest {
  static final String FAILURE_TEXT = "evaluation failure";
  static final String DECODE_ERROR_TEXT = "parse/decode error";

  static List<Path> files(String dir, String suffix) {
    try (Stream<Path> s = Files.walk(SharedData.path(dir))) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean isText(byte[] bytes, String marker) {
    return new String(bytes, StandardCharsets.ISO_8859_1).strip().equals(marker);
  }

  static Path expectedFile(Path flat) {
    return flat.resolveSibling(flat.getFileName() + ".expected");
  }

  private static void assertRoundTrip(Path file, byte[] bytes) {
    FlatDecodeResult r = Flat.decode(bytes);
    if (r instanceof FlatDecodeResult.Failure f) fail(file + ": " + f);
    Program p = r.orElseThrow();
    byte[] again = Flat.encode(p);
    if (!java.util.Arrays.equals(bytes, again)) {
      assertEquals(HexFormat.of().formatHex(bytes), HexFormat.of().formatHex(again),
          file + ": re-encoding differs");
    }
    assertArrayEquals(bytes, again);
    assertEquals(p, Flat.decode(again).orElseThrow());
  }

  @TestFactory
  Stream<DynamicTest> conformancePrograms() {
    return files("conformance", ".flat").stream()
        .map(f -> DynamicTest.dynamicTest(name(f), () -> {
          byte[] bytes = read(f);
          if (isText(read(expectedFile(f)), DECODE_ERROR_TEXT)) {
            FlatDecodeResult r = Flat.decode(bytes);
            assertTrue(r instanceof FlatDecodeResult.Failure
                    || !FreeVariables.isClosed(r.orElseThrow().term()),
                f + ": expected a decoding error or a free variable");
          } else {
            assertRoundTrip(f, bytes);
            assertTrue(FreeVariables.isClosed(Flat.decode(bytes).orElseThrow().term()));
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> conformanceExpectedResults() {
    return files("conformance", ".flat.expected").stream()
        .map(f -> DynamicTest.dynamicTest(name(f), () -> {
          byte[] bytes = read(f);
          if (!isText(bytes, FAILURE_TEXT) && !isText(bytes, DECODE_ERROR_TEXT)) {
            assertRoundTrip(f, bytes);
          }
        }));
  }

  @TestFactory
  Stream<DynamicTest> validationScripts() {
    return files("validation", ".flat").stream()
        .map(f -> DynamicTest.dynamicTest(name(f), () -> assertRoundTrip(f, read(f))));
  }

  /** The counts, so that a lost directory cannot pass as an empty success. */
  @Test
  void theReferenceDataIsThere() {
    int programs = files("conformance", ".flat").size();
    List<Path> expected = files("conformance", ".flat.expected");
    long failures = expected.stream().filter(p -> isText(read(p), FAILURE_TEXT)).count();
    long decodeErrors = expected.stream().filter(p -> isText(read(p), DECODE_ERROR_TEXT)).count();
    int validation = files("validation", ".flat").size();
    System.out.printf("flat files: %d conformance programs, %d expected results (%d \"%s\","
        + " %d \"%s\", %d programs), %d validation scripts%n", programs, expected.size(),
        failures, FAILURE_TEXT, decodeErrors, DECODE_ERROR_TEXT,
        expected.size() - failures - decodeErrors, validation);
    assertTrue(programs >= 800, "conformance .flat files: " + programs);
    assertEquals(programs, expected.size());
    assertTrue(validation >= 39, "validation scripts: " + validation);
  }

  private static String name(Path f) {
    return SharedData.path("").relativize(f).toString();
  }
}

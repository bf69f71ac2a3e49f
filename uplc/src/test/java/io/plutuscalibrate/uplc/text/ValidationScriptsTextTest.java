package io.plutuscalibrate.uplc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.plutuscalibrate.uplc.SharedData;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.flat.Flat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real scripts (the flat-encoded validation workloads of plutus-benchmark) print as text that
 * parses back to the same program: large, deep terms with every kind of constant they use.
 */
class ValidationScriptsTextTest {

  @TestFactory
  Stream<DynamicTest> validationScriptsRoundTripThroughText() throws IOException {
    Path dir = SharedData.path("validation");
    List<Path> scripts;
    try (Stream<Path> files = Files.list(dir)) {
      scripts = files.filter(p -> p.toString().endsWith(".flat")).sorted().toList();
    }
    assertTrue(scripts.size() > 10, "too few validation scripts in " + dir);
    return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
      Program program = Flat.decode(Files.readAllBytes(script)).orElseThrow();
      String text = UplcPrinter.print(program);
      ParseResult<Program> back = UplcParser.parseProgram(text, script.getFileName() + ".uplc");
      if (back instanceof ParseResult.Failed<Program> f) fail("printed text does not parse: " + f.error());
      assertEquals(program, back.orElseThrow());
    }));
  }
}

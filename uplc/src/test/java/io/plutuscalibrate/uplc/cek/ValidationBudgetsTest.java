package io.plutuscalibrate.uplc.cek;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.plutuscalibrate.models.ExBudget;
import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.SharedData;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.flat.Flat;
import io.plutuscalibrate.uplc.text.UplcParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every validation script evaluates to the result and budget pinned in {@code
 * validation-budgets.txt} (computed before the performance work; the file says how), under the
 * variants pinned there. Speed work on the machine must leave every charge exactly as it was.
 */
class ValidationBudgetsTest {

  private record Pinned(SemanticsVariant variant, String script, ExBudget budget, long steps,
      Program result) {}

  private static List<Pinned> pinned() throws IOException {
    List<Pinned> rows = new ArrayList<>();
    try (InputStream in = ValidationBudgetsTest.class.getResourceAsStream("validation-budgets.txt")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split(" ", 6);
        Program result = UplcParser.parseProgram("(program 1.0.0 " + f[5] + ")", f[1]).orElseThrow();
        rows.add(new Pinned(SemanticsVariant.valueOf(f[0]), f[1],
            ExBudget.of(Long.parseLong(f[2]), Long.parseLong(f[3])), Long.parseLong(f[4]), result));
      }
    }
    return rows;
  }

  @Test
  void everyValidationScriptIsPinnedUnderEachVariant() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> s = Files.list(SharedData.path("validation"))) {
      s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".flat")).forEach(files::add);
    }
    assertTrue(files.size() > 10, "too few validation scripts");
    Map<SemanticsVariant, Set<String>> byVariant = new EnumMap<>(SemanticsVariant.class);
    for (Pinned p : pinned()) byVariant.computeIfAbsent(p.variant, v -> new TreeSet<>()).add(p.script);
    assertEquals(Set.of(SemanticsVariant.E, SemanticsVariant.C), byVariant.keySet());
    byVariant.values().forEach(scripts -> assertEquals(files, scripts));
  }

  @TestFactory
  Stream<DynamicTest> budgetsAndResultsAreUnchanged() throws IOException {
    Map<SemanticsVariant, CekMachine> machines = new EnumMap<>(SemanticsVariant.class);
    Path dir = SharedData.path("validation");
    return pinned().stream().map(p -> DynamicTest.dynamicTest(p.variant + " " + p.script, () -> {
      CekMachine machine = machines.computeIfAbsent(p.variant,
          v -> CekMachine.create(MachineParameters.forVariant(v)));
      Program program = Flat.decode(Files.readAllBytes(dir.resolve(p.script))).orElseThrow();
      EvaluationResult r = machine.evaluate(program.term(), null);
      EvaluationResult.Success s = assertInstanceOf(EvaluationResult.Success.class, r);
      assertEquals(p.budget, r.spent(), "budget");
      assertEquals(p.steps, r.tally().totalSteps(), "machine steps");
      assertEquals(p.result.term(), s.term(), "result");
      // Under a limit of exactly the budget the script still succeeds, one unit less it does not.
      assertInstanceOf(EvaluationResult.Success.class, machine.evaluate(program.term(), p.budget));
      assertInstanceOf(EvaluationResult.OutOfBudget.class, machine.evaluate(program.term(),
          ExBudget.of(p.budget.cpu() - 1, p.budget.mem())));
    }));
  }
}

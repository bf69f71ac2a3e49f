package io.plutuscalibrate.uplc.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.plutuscalibrate.uplc.core.Constant;
import io.plutuscalibrate.uplc.core.Program;
import io.plutuscalibrate.uplc.core.Term;
import io.plutuscalibrate.uplc.core.Type;
import io.plutuscalibrate.uplc.core.Version;
import org.junit.jupiter.api.Test;

/** The law of the printer: parsing what it prints gives back an equal term (up to lambda names). */
class RoundTripPropertyTest {

  @Test
  void randomProgramsRoundTrip() {
    RandomTerms gen = new RandomTerms(1);
    for (int n = 0; n < 1500; n++) {
      Program p = new Program(Version.V1_1_0, gen.term(0, 1 + n % 7));
      String text = UplcPrinter.print(p);
      ParseResult<Program> back = UplcParser.parseProgram(text, "printed");
      if (back instanceof ParseResult.Failed<Program> f) fail(f.error() + "\n" + text);
      assertEquals(p, back.orElseThrow(), text);
    }
  }

  @Test
  void randomConstantsRoundTrip() {
    RandomTerms gen = new RandomTerms(2);
    for (int n = 0; n < 3000; n++) {
      Type type = gen.type(3);
      Constant c = gen.constant(type, 3);
      String text = UplcPrinter.printConstant(c);
      ParseResult<Constant> back = UplcParser.parseConstant(text, "printed");
      if (back instanceof ParseResult.Failed<Constant> f) fail(f.error() + "\n" + text);
      assertEquals(c, back.orElseThrow(), text);
      assertEquals(type, back.orElseThrow().type(), text);
    }
  }

  /** Printing is a function of the term alone: a second round gives the same text. */
  @Test
  void printingIsStableUnderRoundTrip() {
    RandomTerms gen = new RandomTerms(3);
    for (int n = 0; n < 500; n++) {
      Term t = gen.term(0, 6);
      String once = UplcPrinter.print(t);
      String twice = UplcPrinter.print(UplcParser.parseTerm(once, "printed").orElseThrow());
      assertEquals(once, twice);
    }
  }
}

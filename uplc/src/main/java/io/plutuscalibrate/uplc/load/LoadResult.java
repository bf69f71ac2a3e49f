package io.plutuscalibrate.uplc.load;

import io.plutuscalibrate.uplc.core.Program;
import java.util.Objects;

/** A program read from a file or bytes, or why it could not be. */
public sealed interface LoadResult {

  /** The program, the form it was found in, and how many CBOR byte strings were around it. */
  record Loaded(Program program, ProgramFormat format, int cborLayers) implements LoadResult {
    public Loaded {
      Objects.requireNonNull(program);
      Objects.requireNonNull(format);
    }
  }

  /**
   * Why the input gave no program: the form it was read as (null if it could not be read at
   * all) and a message naming the input and, where there is one, the position (line and column
   * of text, byte and bit of flat).
   */
  record Failed(ProgramFormat format, String message) implements LoadResult {
    public Failed {
      Objects.requireNonNull(message);
    }
  }

  /** The program, or an {@link IllegalArgumentException} with the failure's message. */
  default Program orElseThrow() {
    if (this instanceof Loaded l) return l.program();
    throw new IllegalArgumentException(((Failed) this).message());
  }
}

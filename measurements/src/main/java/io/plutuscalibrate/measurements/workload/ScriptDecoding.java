package io.plutuscalibrate.measurements.workload;

import io.plutuscalibrate.uplc.core.Program;
import java.util.Objects;

/** The outcome of decoding a script's bytes: the program, or why they are not one. */
public sealed interface ScriptDecoding {

  record Decoded(Program program) implements ScriptDecoding {
    public Decoded {
      Objects.requireNonNull(program);
    }
  }

  /** The bytes are not a program in their format; {@code reason} says where and why. */
  record Undecodable(String reason) implements ScriptDecoding {
    public Undecodable {
      Objects.requireNonNull(reason);
    }
  }

  /** The program, or an {@link IllegalStateException} with the reason. */
  default Program orElseThrow() {
    if (this instanceof Decoded d) return d.program();
    throw new IllegalStateException(((Undecodable) this).reason());
  }
}

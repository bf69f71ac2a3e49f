package io.plutuscalibrate.measurements.workload;

import static io.plutuscalibrate.measurements.workload.Cases.concat;
import static io.plutuscalibrate.measurements.workload.Cases.cross;
import static io.plutuscalibrate.measurements.workload.Cases.eachInt;
import static io.plutuscalibrate.measurements.workload.Cases.ints;
import static io.plutuscalibrate.measurements.workload.Cases.spread;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.DEFAULT;
import static io.plutuscalibrate.uplc.builtins.SizeMeasure.TEXT_BYTE_LENGTH;

import io.plutuscalibrate.uplc.core.DefaultFun;
import io.plutuscalibrate.uplc.core.StringConstant;
import java.util.List;

/**
 * String builtins, after budgeting-bench's Benchmarks/Strings.hs. String sizes are in characters,
 * all of them four-byte ones (see Note [Four-byte characters] in {@link Texts}), which is also
 * their UTF-8 length quot 4, the measure of variants D and E; officially up to 20000 characters.
 */
final class StringWorkloads {
  private StringWorkloads() {}

  static List<BuiltinWorkload> all() {
    return List.of(
        // added_sizes; models.R drops empty strings (x, y > 0), so none are generated.
        BuiltinWorkload.of(DefaultFun.appendString).named(TEXT_BYTE_LENGTH, TEXT_BYTE_LENGTH)
            .quick(cross(ints(200, 5100, 10000), ints(200, 5100, 10000), StringWorkloads::two))
            .standard(cross(spread(200, 10000, 6), spread(200, 10000, 6), StringWorkloads::two))
            .build(),
        // linear_on_diagonal: equal contents on the diagonal, different sizes off it.
        BuiltinWorkload.of(DefaultFun.equalsString).named(TEXT_BYTE_LENGTH, TEXT_BYTE_LENGTH)
            .quick(concat(eachInt(spread(0, 20000, 4), StringWorkloads::same),
                cross(ints(2400, 12000), ints(3600, 13200), StringWorkloads::two)))
            .standard(concat(eachInt(spread(0, 20000, 16), StringWorkloads::same),
                cross(ints(2400, 9600, 16800), ints(3600, 10800, 18000), StringWorkloads::two)))
            .build(),
        BuiltinWorkload.of(DefaultFun.encodeUtf8).named(TEXT_BYTE_LENGTH)
            .quick(eachInt(spread(0, 20000, 4), c -> rng -> List.of(Texts.constant(rng, c))))
            .standard(eachInt(spread(0, 20000, 16), c -> rng -> List.of(Texts.constant(rng, c))))
            .build(),
        // Valid UTF-8 of up to 8000 words (64000 bytes: variants D and E bound it at 65536).
        BuiltinWorkload.of(DefaultFun.decodeUtf8).named(DEFAULT)
            .quick(eachInt(spread(0, 8000, 4), w -> rng -> List.of(Texts.utf8Words(rng, w))))
            .standard(eachInt(spread(0, 8000, 16), w -> rng -> List.of(Texts.utf8Words(rng, w))))
            .build());
  }

  private static ArgsGen two(int x, int y) {
    return rng -> List.of(Texts.constant(rng, x), Texts.constant(rng, y));
  }

  private static ArgsGen same(int chars) {
    return rng -> {
      StringConstant s = Texts.constant(rng, chars);
      return List.of(s, Texts.copy(s));
    };
  }
}

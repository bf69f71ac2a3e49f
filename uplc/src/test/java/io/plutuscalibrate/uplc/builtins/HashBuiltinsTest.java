package io.plutuscalibrate.uplc.builtins;

import static io.plutuscalibrate.uplc.builtins.Calls.call;
import static io.plutuscalibrate.uplc.builtins.Calls.fails;
import static io.plutuscalibrate.uplc.builtins.Calls.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.plutuscalibrate.models.SemanticsVariant;
import io.plutuscalibrate.uplc.core.ByteStringConstant;
import io.plutuscalibrate.uplc.core.DefaultFun;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Known-answer tests of the hash builtins. SHA-256, SHA3-256, BLAKE2b and RIPEMD-160 digests were
 * computed with Python 3's hashlib (OpenSSL); the SHA-256 and SHA3-256 ones of "abc" and of the
 * 448-bit message are also the FIPS 180-4 / FIPS 202 examples. Keccak-256 digests are the
 * published ones (the empty input's is Ethereum's well-known empty hash).
 */
class HashBuiltinsTest {
  private static final String ABC = "abc";
  private static final String LONG = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  private static final String FOX = "The quick brown fox jumps over the lazy dog";

  static Stream<Arguments> vectors() {
    return Stream.of(
        Arguments.of(DefaultFun.sha2_256, "", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        Arguments.of(DefaultFun.sha2_256, ABC, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        Arguments.of(DefaultFun.sha2_256, LONG, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        Arguments.of(DefaultFun.sha3_256, "", "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a"),
        Arguments.of(DefaultFun.sha3_256, ABC, "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"),
        Arguments.of(DefaultFun.sha3_256, LONG, "41c0dba2a9d6240849100376a8235e2c82e1b9998a999e21db32dd97496d3376"),
        Arguments.of(DefaultFun.blake2b_224, "", "836cc68931c2e4e3e838602eca1902591d216837bafddfe6f0c8cb07"),
        Arguments.of(DefaultFun.blake2b_224, ABC, "9bd237b02a29e43bdd6738afa5b53ff0eee178d6210b618e4511aec8"),
        Arguments.of(DefaultFun.blake2b_224, FOX, "477c3985751dd4d1b8c93827ea5310b33bb02a26463a050dffd3e857"),
        Arguments.of(DefaultFun.blake2b_256, "", "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8"),
        Arguments.of(DefaultFun.blake2b_256, ABC, "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319"),
        Arguments.of(DefaultFun.blake2b_256, FOX, "01718cec35cd3d796dd00020e0bfecb473ad23457d063b75eff29c0ffa2e58a9"),
        Arguments.of(DefaultFun.keccak_256, "", "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"),
        Arguments.of(DefaultFun.keccak_256, ABC, "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"),
        Arguments.of(DefaultFun.keccak_256, FOX, "4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15"),
        Arguments.of(DefaultFun.ripemd_160, "", "9c1185a5c5e9fc54612808977ee8f548b2258d31"),
        Arguments.of(DefaultFun.ripemd_160, ABC, "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc"),
        Arguments.of(DefaultFun.ripemd_160, FOX, "37f332f68db77bd9d7edd4969571ad671cf9dd3b"));
  }

  @ParameterizedTest(name = "{0}(\"{1}\")")
  @MethodSource("vectors")
  void knownAnswers(DefaultFun fun, String message, String digest) {
    ByteStringConstant input = ByteStringConstant.of(message.getBytes(StandardCharsets.US_ASCII));
    for (SemanticsVariant v : SemanticsVariant.values()) {
      assertEquals(digest, hex(((ByteStringConstant) call(v, fun, input)).bytes()), fun + " under " + v);
    }
  }

  private static final List<DefaultFun> HASHES = List.of(DefaultFun.sha2_256, DefaultFun.sha3_256,
      DefaultFun.blake2b_224, DefaultFun.blake2b_256, DefaultFun.keccak_256, DefaultFun.ripemd_160);

  /** See Note [On-chain bounds in variants D and E] in TypedArgs. */
  @Test
  void variantsDAndEBoundTheInput() {
    ByteStringConstant atBound = ByteStringConstant.of(new byte[TypedArgs.MAX_BOUNDED_BYTESTRING]);
    ByteStringConstant over = ByteStringConstant.of(new byte[TypedArgs.MAX_BOUNDED_BYTESTRING + 1]);
    for (DefaultFun fun : HASHES) {
      for (SemanticsVariant v : SemanticsVariant.values()) {
        call(v, fun, atBound);
        if (v == SemanticsVariant.D || v == SemanticsVariant.E) {
          fails(v, fun, over);
        } else {
          call(v, fun, over);
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SemanticsVariant.class)
  void aNonBytestringArgumentFails(SemanticsVariant v) {
    for (DefaultFun fun : HASHES) fails(v, fun, Calls.i(1));
  }
}

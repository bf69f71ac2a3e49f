package io.plutuscalibrate.uplc.core;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in functions of Plutus Core ({@code PlutusCore.Default.Builtins.DefaultFun}), named
 * exactly as in the textual syntax and in {@code builtinCostModel*.json}, declared in the order of
 * their flat tags so that {@link #flatTag()} is the ordinal. Each carries its signature's shape:
 * how many forces (type arguments) and how many term arguments it takes before it runs.
 *
 * <p>Note [Harness-only builtins]: after the Plutus builtins come the no-op builtins
 * {@code nop1o}..{@code nop6o} of the official costing benchmarks ({@code Benchmarks.Nops} in
 * plutus-core's budgeting-bench), which the measurement harness calls to measure the overhead of
 * calling a builtin of each arity. They are not Plutus: {@link #fromName} and {@link #fromFlatTag}
 * never return them (so neither the text parser nor the flat decoder can produce them), they are
 * not in {@link #plutusBuiltins()}, and only {@code HarnessBuiltins} gives them a meaning, in a
 * table the harness builds for itself. Code that means "every Plutus builtin" iterates
 * {@link #plutusBuiltins()}, not {@code values()}.
 */
public enum DefaultFun {
  addInteger(0, 2), // 0
  subtractInteger(0, 2), // 1
  multiplyInteger(0, 2), // 2
  divideInteger(0, 2), // 3
  quotientInteger(0, 2), // 4
  remainderInteger(0, 2), // 5
  modInteger(0, 2), // 6
  equalsInteger(0, 2), // 7
  lessThanInteger(0, 2), // 8
  lessThanEqualsInteger(0, 2), // 9
  appendByteString(0, 2), // 10
  consByteString(0, 2), // 11
  sliceByteString(0, 3), // 12
  lengthOfByteString(0, 1), // 13
  indexByteString(0, 2), // 14
  equalsByteString(0, 2), // 15
  lessThanByteString(0, 2), // 16
  lessThanEqualsByteString(0, 2), // 17
  sha2_256(0, 1), // 18
  sha3_256(0, 1), // 19
  blake2b_256(0, 1), // 20
  verifyEd25519Signature(0, 3), // 21
  appendString(0, 2), // 22
  equalsString(0, 2), // 23
  encodeUtf8(0, 1), // 24
  decodeUtf8(0, 1), // 25
  ifThenElse(1, 3), // 26
  chooseUnit(1, 2), // 27
  trace(1, 2), // 28
  fstPair(2, 1), // 29
  sndPair(2, 1), // 30
  chooseList(2, 3), // 31
  mkCons(1, 2), // 32
  headList(1, 1), // 33
  tailList(1, 1), // 34
  nullList(1, 1), // 35
  chooseData(1, 6), // 36
  constrData(0, 2), // 37
  mapData(0, 1), // 38
  listData(0, 1), // 39
  iData(0, 1), // 40
  bData(0, 1), // 41
  unConstrData(0, 1), // 42
  unMapData(0, 1), // 43
  unListData(0, 1), // 44
  unIData(0, 1), // 45
  unBData(0, 1), // 46
  equalsData(0, 2), // 47
  mkPairData(0, 2), // 48
  mkNilData(0, 1), // 49
  mkNilPairData(0, 1), // 50
  serialiseData(0, 1), // 51
  verifyEcdsaSecp256k1Signature(0, 3), // 52
  verifySchnorrSecp256k1Signature(0, 3), // 53
  bls12_381_G1_add(0, 2), // 54
  bls12_381_G1_neg(0, 1), // 55
  bls12_381_G1_scalarMul(0, 2), // 56
  bls12_381_G1_equal(0, 2), // 57
  bls12_381_G1_compress(0, 1), // 58
  bls12_381_G1_uncompress(0, 1), // 59
  bls12_381_G1_hashToGroup(0, 2), // 60
  bls12_381_G2_add(0, 2), // 61
  bls12_381_G2_neg(0, 1), // 62
  bls12_381_G2_scalarMul(0, 2), // 63
  bls12_381_G2_equal(0, 2), // 64
  bls12_381_G2_compress(0, 1), // 65
  bls12_381_G2_uncompress(0, 1), // 66
  bls12_381_G2_hashToGroup(0, 2), // 67
  bls12_381_millerLoop(0, 2), // 68
  bls12_381_mulMlResult(0, 2), // 69
  bls12_381_finalVerify(0, 2), // 70
  keccak_256(0, 1), // 71
  blake2b_224(0, 1), // 72
  integerToByteString(0, 3), // 73
  byteStringToInteger(0, 2), // 74
  andByteString(0, 3), // 75
  orByteString(0, 3), // 76
  xorByteString(0, 3), // 77
  complementByteString(0, 1), // 78
  readBit(0, 2), // 79
  writeBits(0, 3), // 80
  replicateByte(0, 2), // 81
  shiftByteString(0, 2), // 82
  rotateByteString(0, 2), // 83
  countSetBits(0, 1), // 84
  findFirstSetBit(0, 1), // 85
  ripemd_160(0, 1), // 86
  expModInteger(0, 3), // 87
  dropList(1, 2), // 88
  lengthOfArray(1, 1), // 89
  listToArray(1, 1), // 90
  indexArray(1, 2), // 91
  bls12_381_G1_multiScalarMul(0, 2), // 92
  bls12_381_G2_multiScalarMul(0, 2), // 93
  insertCoin(0, 4), // 94
  lookupCoin(0, 3), // 95
  unionValue(0, 2), // 96
  valueContains(0, 2), // 97
  valueData(0, 1), // 98
  unValueData(0, 1), // 99
  scaleValue(0, 2), // 100
  multiIndexArray(1, 2), // 101
  policies(0, 1), // 102
  assetCount(0, 1), // 103

  // Harness-only, never decoded or parsed: see Note [Harness-only builtins].
  nop1o(0, 1),
  nop2o(0, 2),
  nop3o(0, 3),
  nop4o(0, 4),
  nop5o(0, 5),
  nop6o(0, 6);

  private final int forces;
  private final int arity;

  DefaultFun(int forces, int arity) {
    this.forces = forces;
    this.arity = arity;
  }

  /** The number of {@code force}s (type instantiations) the builtin takes. */
  public int forces() {
    return forces;
  }

  /** The number of term arguments the builtin takes. */
  public int arity() {
    return arity;
  }

  /** The tag of this builtin in the flat encoding (7 bits). */
  public int flatTag() {
    return ordinal();
  }

  /** Whether this is a no-op of the measurement harness; see Note [Harness-only builtins]. */
  public boolean isHarnessOnly() {
    return ordinal() >= nop1o.ordinal();
  }

  private static final DefaultFun[] BY_TAG = Arrays.copyOf(values(), nop1o.ordinal());
  private static final List<DefaultFun> PLUTUS = List.of(BY_TAG);
  private static final Map<String, DefaultFun> BY_NAME = new HashMap<>();

  static {
    for (DefaultFun f : BY_TAG) {
      BY_NAME.put(f.name(), f);
    }
  }

  /** The Plutus builtins, in flat-tag order: every value but the harness-only ones. */
  public static List<DefaultFun> plutusBuiltins() {
    return PLUTUS;
  }

  /** The Plutus builtin with this flat tag, if any (never a harness-only one). */
  public static Optional<DefaultFun> fromFlatTag(int tag) {
    return tag >= 0 && tag < BY_TAG.length ? Optional.of(BY_TAG[tag]) : Optional.empty();
  }

  /** The Plutus builtin with this name as in the textual syntax, if any (never a harness-only one). */
  public static Optional<DefaultFun> fromName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}

package io.plutuscalibrate.models.ledger;

import io.plutuscalibrate.models.SemanticsVariant;
import java.util.List;

/**
 * The Plutus ledger languages, as {@code PlutusLedgerApi.Common.Versions.PlutusLedgerLanguage}.
 * The constant names are the ledger's, which are also the keys of the cost-model maps in
 * cardano-cli files and governance actions ({@code "PlutusV1"} ..).
 */
public enum PlutusLedgerLanguage {
  PlutusV1, PlutusV2, PlutusV3, PlutusV4;

  /**
   * The semantics variants the ledger uses for this language, oldest protocol version first
   * (Note [Mapping of protocol versions and ledger languages to semantics variants] in
   * {@code PlutusLedgerApi.Common.ProtocolVersions}): V1 and V2 use A before Chang, B from Chang,
   * D from van Rossem; V3 uses C, then E from van Rossem; V4 uses E. The ledger applies one
   * parameter array to each of them, so their models share parameter names.
   */
  public List<SemanticsVariant> variants() {
    switch (this) {
      case PlutusV1:
      case PlutusV2:
        return List.of(SemanticsVariant.A, SemanticsVariant.B, SemanticsVariant.D);
      case PlutusV3:
        return List.of(SemanticsVariant.C, SemanticsVariant.E);
      default:
        return List.of(SemanticsVariant.E);
    }
  }

  /** The variant of the newest protocol version: D for V1 and V2, E for V3 and V4. */
  public SemanticsVariant newestVariant() {
    List<SemanticsVariant> vs = variants();
    return vs.get(vs.size() - 1);
  }

  /** The ledger's canonical parameter order of this language. */
  public ParamNames paramNames() {
    return ParamNames.of(this);
  }
}

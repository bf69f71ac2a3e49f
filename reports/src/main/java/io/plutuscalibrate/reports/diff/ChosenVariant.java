package io.plutuscalibrate.reports.diff;

import io.plutuscalibrate.models.SemanticsVariant;

/** The semantics variant a model is read or run with, and why that one (shown in reports). */
public record ChosenVariant(SemanticsVariant variant, String reason) {}

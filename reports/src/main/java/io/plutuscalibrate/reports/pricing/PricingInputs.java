package io.plutuscalibrate.reports.pricing;

/**
 * What a pricing check was run on, for the outputs.
 *
 * @param data the benchmark file as given
 * @param dataSha256 its SHA-256, hex
 * @param rows result rows read from it
 * @param model the cost model: a path, or which official model
 */
public record PricingInputs(String data, String dataSha256, int rows, String model) {}

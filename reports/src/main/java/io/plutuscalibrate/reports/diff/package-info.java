/**
 * What a proposed cost model changes: {@code calibrate diff}. Sides are read ({@link SideLoader}),
 * paired into comparisons and compared ({@link ModelDiff}) into a {@link DiffReport}, which the
 * formats of {@code reports.diff.render} print.
 */
package io.plutuscalibrate.reports.diff;

/**
 * The report: turns a results folder ({@code sweep.json} and {@code cells/*.json}, one
 * {@link org.hesstrucks.result.CellResult} each) into one self-contained HTML file that opens offline.
 * {@link org.hesstrucks.report.ResultsFolder} reads the folder into {@link org.hesstrucks.report.ReportData},
 * which groups cells by problem and optimizer and reduces seeds to {@link org.hesstrucks.report.SeedBand}s
 * (median, min, max); {@link org.hesstrucks.report.ReportWriter} renders it through a Mustache template with
 * the ECharts library, the styles and the page's script inlined, and every string from a sweep file or a
 * plugin escaped, in HTML text by Mustache and in the embedded chart data by {@code HtmlSafeJson}.
 *
 * <p>Sections: overview (status counts, provenance with its extras, plugins, the sweep file, and the tuning
 * tables of {@code TuningTables}); convergence (training loss, gradient norm, held-out metrics); the depth ×
 * batch-size small multiples and heat map ({@code Grids}); rankings ({@code Rankings}, {@code Profiles}:
 * Dolan–Moré performance and Moré–Wild data profiles over cost to target); the summary table; telemetry;
 * eigenspaces ({@code Eigenspaces}: top eigenvalues of H and G, the edge of stability, the trace split, N_eff,
 * spectral densities, the null space and SWAG, from the eigenspace probes' records; only when a cell has one);
 * other probes (every numeric value, generically); microbenchmarks ({@code JmhResults}, with
 * {@link org.hesstrucks.report.ReportOptions}). Tuning trials ({@code tuningRole} "trial") appear only in the
 * tuning tables. Drawn series are downsampled by {@code Downsample}.
 */
package org.hesstrucks.report;

#!/usr/bin/env python3
"""Summarises a run of examples/hess-trucks.yaml as the Markdown tables of docs/experiments.md.

    examples/hess-trucks-summary.py results/hess-trucks > /tmp/summary.md

Reads the cell results (cells/*.json) and prints, per hypothesis, the median over seeds of the figures that
test it. Standard library only. Every number comes from the probe records; nothing is fitted or smoothed.
"""
import glob
import json
import math
import os
import statistics
import sys
from collections import defaultdict


def median(values):
    values = [v for v in values if v is not None and not (isinstance(v, float) and math.isnan(v))]
    return statistics.median(values) if values else float("nan")


def fmt(value, digits=3):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, int):
        return str(value)
    if value != 0 and (abs(value) >= 1e4 or abs(value) < 1e-3):
        return f"{value:.2e}"
    return f"{value:.{digits}g}"


def records(cell, probe, mode=None):
    out = []
    for record in cell.get("probes") or []:
        values = record["values"]
        if record["probe"] != probe or "error" in values:
            continue
        if mode is not None and values.get("mode") != mode:
            continue
        out.append(record)
    return out


def load(folder):
    cells = []
    for path in sorted(glob.glob(os.path.join(folder, "cells", "*.json"))):
        with open(path, encoding="utf-8") as f:
            cell = json.load(f)
        if cell.get("status") not in ("budget", "converged", "stopped"):
            print(f"<!-- {os.path.basename(path)}: status {cell.get('status')}: {cell.get('message')} -->")
            continue
        cells.append(cell)
    return cells


def key(cell):
    spec = cell["spec"]
    model = spec["model"]
    batch = spec.get("batchSize") or 0
    return (spec.get("optimizerLabel") or spec["optimizer"]["id"], int(model.get("depth", 1)),
            int(model.get("width", 0)), "full" if batch == 0 else str(batch))


def group(cells):
    groups = defaultdict(list)
    for cell in cells:
        groups[key(cell)].append(cell)
    return dict(sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][3], kv[0][1], kv[0][2])))


def top(record):
    values = record["values"]["eigenvalues"]
    return max(values)


def hypothesis_growth(groups):
    print("### H1, H2: the top eigenvalues of H and G through training\n")
    print("λ₁ of H and of G of the training loss (all 512 samples) at the first and last checkpoints, the largest λ₁(H) "
          "seen during training, and at the end λ₁(G)/λ₁(H), and on the 128-sample probe batch tr(G)/tr(H) and the "
          "largest principal angle between the top-5 eigenspaces of H and G (median over seeds).\n")
    print("| optimizer | batch | depth | width | λ₁(H) first | λ₁(H) last | max λ₁(H) | λ₁(G) first | λ₁(G) last "
          "| λ₁(G)/λ₁(H) last | tr G/tr H last | angle(H₅, G₅) last |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for (optimizer, depth, width, batch), cells in groups.items():
        h = [records(c, "hessian-top-k", "exact") for c in cells]
        g = [records(c, "hessian-top-k", "gauss-newton") for c in cells]
        split = [records(c, "trace-split") for c in cells]
        h_first = median([top(r[0]) for r in h if r])
        h_last = median([top(r[-1]) for r in h if r])
        h_max = median([max(top(x) for x in r) for r in h if r])
        g_first = median([top(r[0]) for r in g if r])
        g_last = median([top(r[-1]) for r in g if r])
        ratio = median([top(a[-1]) / top(b[-1]) for a, b in zip(g, h) if a and b])
        traces = median([s[-1]["values"]["traceG"] / s[-1]["values"]["traceH"] for s in split if s])
        angle = median([max(s[-1]["values"].get("angles") or [float("nan")]) for s in split if s])
        print(f"| {optimizer} | {batch} | {depth} | {width} | {fmt(h_first)} | {fmt(h_last)} | {fmt(h_max)} "
              f"| {fmt(g_first)} | {fmt(g_last)} | {fmt(ratio)} | {fmt(traces)} | {fmt(angle)} |")
    print()


def hypothesis_trace_s(groups):
    print("### H3: tr(S), S = H − G, through training and across widths\n")
    print("Hutchinson estimates (10 paired Rademacher probes on the probe batch) of tr(S) and tr(S)/tr(H) at the "
          "first and last checkpoints, with the standard error of the last tr(S) (median over seeds).\n")
    print("| optimizer | batch | depth | width | tr(S) first | tr(S)/tr(H) first | tr(S) last | ± SE | "
          "tr(S)/tr(H) last |")
    print("|---|---|---|---|---|---|---|---|---|")
    for (optimizer, depth, width, batch), cells in groups.items():
        split = [records(c, "trace-split") for c in cells]
        split = [s for s in split if s]
        first_s = median([s[0]["values"]["traceS"] for s in split])
        first_r = median([s[0]["values"]["traceS"] / s[0]["values"]["traceH"] for s in split])
        last_s = median([s[-1]["values"]["traceS"] for s in split])
        last_se = median([s[-1]["values"]["traceSError"] for s in split])
        last_r = median([s[-1]["values"]["traceS"] / s[-1]["values"]["traceH"] for s in split])
        print(f"| {optimizer} | {batch} | {depth} | {width} | {fmt(first_s)} | {fmt(first_r)} | {fmt(last_s)} "
              f"| {fmt(last_se)} | {fmt(last_r)} |")
    print()


def enrichment(swag):
    share, random = swag.get("nearNullShare"), swag.get("randomNearNullShare")
    if share is None or random is None or random >= 1:
        return None
    return (1 - share) / (1 - random)


def hypothesis_null_space(groups):
    print("### H4: the null space of G and SWAG's deviations\n")
    print("The numerical rank of G over n = 8 samples (4 classes: at most 8 × 3 = 24) at the first and last "
          "null-space checkpoints, the parameter count p, and from the last SWAG record: the share of SWAG's "
          "deviation energy in G's near-null space at the SWA mean (G over 8 samples) beside a random "
          "direction's share 1 − rank/p, the enrichment of G's range (1 − SWAG's share) / (1 − a random "
          "direction's): 1 for deviations spread like a random direction, above 1 when they favour G's range), and "
          "the overlap of the deviation subspace with the top-5 Hessian eigenspace (median over seeds).\n")
    print("| optimizer | batch | depth | width | p | rank G first | rank G last | SWAG snapshots | SWAG share in "
          "null(G) | random share | range enrichment | overlap with top-5 H |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for (optimizer, depth, width, batch), cells in groups.items():
        null = [records(c, "null-space") for c in cells]
        null = [n for n in null if n]
        swag = [records(c, "swag") for c in cells]
        swag = [s[-1]["values"] for s in swag if s]
        parameters = null[0][0]["values"]["parameters"] if null else None
        print(f"| {optimizer} | {batch} | {depth} | {width} | {fmt(parameters)} "
              f"| {fmt(median([n[0]['values']['rank'] for n in null]))} "
              f"| {fmt(median([n[-1]['values']['rank'] for n in null]))} "
              f"| {fmt(median([s.get('snapshots') for s in swag]))} "
              f"| {fmt(median([s.get('nearNullShare') for s in swag]))} "
              f"| {fmt(median([s.get('randomNearNullShare') for s in swag]))} "
              f"| {fmt(median([enrichment(s) for s in swag]))} "
              f"| {fmt(median([s.get('overlap') for s in swag]))} |")
    print()


def swa(groups):
    print("### SWA and SWAG against the last iterate\n")
    print("Held-out loss and accuracy (512 held-out samples) at the last iterate, at the SWA mean and of the "
          "SWAG predictive average (20 samples, scale 0.5), from the last SWAG record (median over seeds).\n")
    print("| optimizer | batch | depth | width | loss: iterate | SWA | SWAG | accuracy: iterate | SWA | SWAG |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for (optimizer, depth, width, batch), cells in groups.items():
        swag = [records(c, "swag") for c in cells]
        swag = [s[-1]["values"] for s in swag if s]
        if not swag:
            continue
        cols = [median([s.get(k) for s in swag]) for k in ("iterateLoss", "swaLoss", "swagLoss", "iterateAccuracy",
                                                            "swaAccuracy", "swagAccuracy")]
        print(f"| {optimizer} | {batch} | {depth} | {width} | " + " | ".join(fmt(c) for c in cols) + " |")
    print()


def stability(groups):
    print("### The edge of stability\n")
    print("Constant-step SGD on the full batch is gradient descent with a fixed step η, stable on a quadratic only "
          "while λ₁ < 2/η (Cohen et al. 2021). λ₁(H) of the training loss at each checkpoint (every 10 epochs), "
          "median over seeds.\n")
    print("| optimizer | depth | width | λ₁(H) at each checkpoint | 2/η |")
    print("|---|---|---|---|---|")
    for (optimizer, depth, width, batch), cells in groups.items():
        if cells[0]["spec"]["optimizer"]["id"] != "sgd" or batch != "full":
            continue
        series = [records(c, "hessian-top-k", "exact") for c in cells]
        length = min(len(s) for s in series)
        path = [median([top(s[i]) for s in series]) for i in range(length)]
        eta = cells[0]["spec"]["optimizer"].get("learningRate")
        print(f"| {optimizer} | {depth} | {width} | {', '.join(fmt(v) for v in path)} | {fmt(2 / eta) if eta else '–'} |")
    print()


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: hess-trucks-summary.py RESULTS_DIR")
    cells = load(sys.argv[1])
    if not cells:
        sys.exit(f"{sys.argv[1]}: no finished cell results under cells/")
    groups = group(cells)
    print(f"<!-- generated by examples/hess-trucks-summary.py from {len(cells)} cells -->\n")
    hypothesis_growth(groups)
    stability(groups)
    hypothesis_trace_s(groups)
    hypothesis_null_space(groups)
    swa(groups)


if __name__ == "__main__":
    main()

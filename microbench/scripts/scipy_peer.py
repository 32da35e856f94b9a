#!/usr/bin/python3
"""SciPy's side of microbench/scripts/compare-scipy: the same problems as our JMH benchmarks, timed in Python.

(a) scipy.optimize.line_search (strong Wolfe, c1 = 1e-4, c2 = 0.9, first trial 1: our StrongWolfeConfig's defaults)
    along -grad f from the start point, on the problems of LineSearchBenchmark:
      rosenbrock-N: extended Rosenbrock (Moré, Garbow & Hillstrom problem 21, f = sum of squares, no factor 1/2)
                    from (-1.2, 1, -1.2, 1, ...);
      diagonal-N:   f = 1/2 sum(lam_i x_i^2), lam_i = 100^(-i/(N-1)), from (1, ..., 1)  (DiagonalQuadratic).
    Reported per call: median time and quartiles over repetitions, function and gradient evaluations (fc, gc),
    and the time of one f + g evaluation pair alone, so the search's own share shows.
(b) scipy.optimize.minimize(method="L-BFGS-B", jac=True) on diagonal-10^6 with kappa = 10^4 from (1, ..., 1),
    maxcor = 10, maxiter = 20, ftol = gtol = 0 (it must not stop early): time per iteration (median over
    repetitions), nit, nfev; again the objective's own time per evaluation.

Writes JSON to the path in argv[1]. Thread count: set OPENBLAS_NUM_THREADS / OMP_NUM_THREADS before Python
starts (compare-scipy does). Float64 throughout.
"""
import json
import os
import statistics
import sys
import time

import numpy as np
import scipy
from scipy.optimize import line_search, minimize


def rosenbrock(n):
    def f(x):
        a = x[0::2]
        b = x[1::2]
        r1 = 10.0 * (b - a * a)
        r2 = 1.0 - a
        return float(r1 @ r1 + r2 @ r2)

    def g(x):
        a = x[0::2]
        b = x[1::2]
        r1 = 10.0 * (b - a * a)
        r2 = 1.0 - a
        out = np.empty_like(x)
        out[0::2] = -40.0 * a * r1 - 2.0 * r2
        out[1::2] = 20.0 * r1
        return out

    x0 = np.empty(n)
    x0[0::2] = -1.2
    x0[1::2] = 1.0
    return f, g, x0


def diagonal(n, kappa):
    lam = kappa ** (-np.arange(n) / (n - 1))

    def f(x):
        return float(0.5 * ((lam * x) @ x))

    def g(x):
        return lam * x

    def fg(x):
        gx = lam * x
        return float(0.5 * (gx @ x)), gx

    return f, g, fg, np.ones(n)


def quartiles(values):
    q = statistics.quantiles(values, n=4)
    return q[0], statistics.median(values), q[2]


def timed(call, min_seconds=0.2, repetitions=25):
    """Median over `repetitions` batches of the time per call (seconds); each batch runs >= min_seconds."""
    call()
    start = time.perf_counter()
    count = 0
    while time.perf_counter() - start < min_seconds / 4:
        call()
        count += 1
    per = (time.perf_counter() - start) / count
    batch = max(1, int(min_seconds / 4 / per))
    samples = []
    for _ in range(repetitions):
        start = time.perf_counter()
        for _ in range(batch):
            call()
        samples.append((time.perf_counter() - start) / batch)
    return quartiles(samples)


def line_searches():
    rows = []
    for name, n in (("rosenbrock", 10), ("rosenbrock", 10000), ("diagonal", 10), ("diagonal", 10000)):
        if name == "rosenbrock":
            f, g, x0 = rosenbrock(n)
        else:
            f, g, _, x0 = diagonal(n, 100.0)
        f0 = f(x0)
        g0 = g(x0)
        p = -g0
        result = line_search(f, g, x0, p, gfk=g0, old_fval=f0, c1=1e-4, c2=0.9)
        alpha, fc, gc = result[0], result[1], result[2]
        if alpha is None:
            raise SystemExit(f"line_search on {name}-{n} did not converge")
        q1, med, q3 = timed(lambda: line_search(f, g, x0, p, gfk=g0, old_fval=f0, c1=1e-4, c2=0.9))
        e1, emed, e3 = timed(lambda: (f(x0), g(x0)))
        rows.append({"problem": f"{name}-{n}", "alpha": float(alpha), "fc": int(fc), "gc": int(gc),
                     "median_us": med * 1e6, "q1_us": q1 * 1e6, "q3_us": q3 * 1e6,
                     "f_plus_g_us": emed * 1e6})
        print(f"line_search {name}-{n}: {med * 1e6:.1f} us (fc {fc}, gc {gc}, alpha {alpha:.4g}); "
              f"f + g alone {emed * 1e6:.1f} us", file=sys.stderr)
    return rows


def lbfgsb(n=1_000_000, kappa=1e4, maxiter=20, repetitions=5):
    f, g, fg, x0 = diagonal(n, kappa)
    options = {"maxcor": 10, "maxiter": maxiter, "ftol": 0.0, "gtol": 0.0, "maxfun": 10 * maxiter}
    per_iteration = []
    last = None
    for _ in range(repetitions + 1):
        start = time.perf_counter()
        last = minimize(fg, x0, jac=True, method="L-BFGS-B", options=options)
        elapsed = time.perf_counter() - start
        per_iteration.append(elapsed / last.nit)
    per_iteration = per_iteration[1:]  # the first is a warm-up
    q1, med, q3 = quartiles(per_iteration) if len(per_iteration) >= 2 else (per_iteration[0],) * 3
    _, evaluation, _ = timed(lambda: fg(x0), min_seconds=0.5, repetitions=9)
    print(f"L-BFGS-B n = {n}: {med * 1e3:.2f} ms per iteration (nit {last.nit}, nfev {last.nfev}, "
          f"{last.message}); f + g alone {evaluation * 1e3:.2f} ms", file=sys.stderr)
    return {"n": n, "kappa": kappa, "maxcor": 10, "nit": int(last.nit), "nfev": int(last.nfev),
            "message": str(last.message), "final_f": float(last.fun),
            "median_ms_per_iteration": med * 1e3, "q1_ms": q1 * 1e3, "q3_ms": q3 * 1e3,
            "f_plus_g_ms": evaluation * 1e3}


def main():
    out = {"scipy": scipy.__version__, "numpy": np.__version__, "python": sys.version.split()[0],
           "OPENBLAS_NUM_THREADS": os.environ.get("OPENBLAS_NUM_THREADS"),
           "line_search": line_searches(), "lbfgsb": lbfgsb()}
    with open(sys.argv[1], "w") as handle:
        json.dump(out, handle, indent=1)


if __name__ == "__main__":
    main()

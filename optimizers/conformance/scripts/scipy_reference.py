#!/usr/bin/python3
"""Runs SciPy's minimize (L-BFGS-B and Newton-CG) on the testkit's classic problems and writes the fixture
optimizers/conformance/src/test/resources/scipy-reference.json that ScipyConformanceTest reads.

Run from the repository root with Debian's interpreter (apt-get install python3-scipy):

    OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 /usr/bin/python3 optimizers/conformance/scripts/scipy_reference.py

The problems are coded exactly as org.hesstrucks.testkit.problems does (Moré, Garbow & Hillstrom, ACM TOMS
7(1), 1981): f = sum of r_i(x)^2 without a factor 1/2, gradient 2 J^T r, Hessian-vector product
2 (J^T J v + sum_i r_i Hess(r_i) v). Rosenbrock is MGH's extended form (pairs (x_2k, x_2k+1)), not SciPy's chained
scipy.optimize.rosen. Same starting points as TestProblems.

Stopping rule (the same for SciPy and for our optimizers): the first iterate x_k with ||grad f(x_k)||_2 <= TOL
(1e-8). SciPy's own stopping tests use other norms (L-BFGS-B: the infinity norm of the projected gradient,
Newton-CG: the 1-norm of the step), so SciPy is run with tolerances that cannot stop it before TOL
(L-BFGS-B: maxcor = 10 as our memory, maxls = 20 (its default), gtol = 1e-13, ftol = 0 so that its default ftol
does not stop it early; Newton-CG: xtol = 1e-30, at most 20000 iterations) and a callback records, after every
iteration, how many function values, gradients and Hessian-vector products SciPy had asked for so far and
||grad f|| at the iterate (computed outside the counts). The fixture's "atTolerance" block holds SciPy's counts
at the first iterate meeting the rule; if SciPy never meets it, the block holds the iterate with the smallest ||grad f|| and
its "target" is that norm, which our test then uses as its tolerance. The counts are those of the objective
functions SciPy was given (one combined value-and-gradient call for L-BFGS-B, which is what SciPy reports as
nfev = njev; separate value, gradient and Hessian-vector calls for Newton-CG); the script checks that its
totals equal SciPy's reported nfev, njev and nhev. The evaluation at x0 is included, as in our counts.
The "final" block is SciPy's own result when it stopped (nit, nfev, njev, nhev, x, f, ||g||, success,
message).
"""
import json
import math
import os
import platform
import sys

import numpy as np
import scipy
import scipy.optimize

TOL = 1e-8
MEMORY = 10  # L-BFGS-B maxcor; our lbfgs default memory is also 10
NEWTON_CG_MAXITER = 20000  # Powell singular never reaches TOL with SciPy Newton-CG; caps that run
SQRT5 = math.sqrt(5.0)
SQRT10 = math.sqrt(10.0)
SQRT90 = math.sqrt(90.0)
TWO_PI = 2.0 * math.pi


class SumOfSquares:
    """f = r.r; subclasses give r(x), J(x) (m x n) and sum_i w_i Hess(r_i)(x) (n x n)."""

    def value(self, x):
        r = self.residuals(x)
        return float(r @ r)

    def gradient(self, x):
        return 2.0 * self.jacobian(x).T @ self.residuals(x)

    def hessp(self, x, v):
        j = self.jacobian(x)
        return 2.0 * (j.T @ (j @ v) + self.weighted_residual_hessians(x, self.residuals(x)) @ v)


class ExtendedRosenbrock(SumOfSquares):
    def __init__(self, n):
        self.n = n

    def residuals(self, x):
        r = np.empty(self.n)
        r[0::2] = 10.0 * (x[1::2] - x[0::2] ** 2)
        r[1::2] = 1.0 - x[0::2]
        return r

    def jacobian(self, x):
        j = np.zeros((self.n, self.n))
        for i in range(0, self.n, 2):
            j[i, i] = -20.0 * x[i]
            j[i, i + 1] = 10.0
            j[i + 1, i] = -1.0
        return j

    def weighted_residual_hessians(self, x, w):
        h = np.zeros((self.n, self.n))
        for i in range(0, self.n, 2):
            h[i, i] = -20.0 * w[i]
        return h


class Beale(SumOfSquares):
    Y = np.array([1.5, 2.25, 2.625])

    def residuals(self, x):
        a, b = x
        return np.array([self.Y[i] - a * (1.0 - b ** (i + 1)) for i in range(3)])

    def jacobian(self, x):
        a, b = x
        return np.array([[-(1.0 - b ** (i + 1)), a * (i + 1) * b ** i] for i in range(3)])

    def weighted_residual_hessians(self, x, w):
        a, b = x
        h12 = w[0] + 2 * b * w[1] + 3 * b * b * w[2]
        h22 = 2 * a * w[1] + 6 * a * b * w[2]
        return np.array([[0.0, h12], [h12, h22]])


class PowellSingular(SumOfSquares):
    def residuals(self, x):
        return np.array([x[0] + 10 * x[1], SQRT5 * (x[2] - x[3]), (x[1] - 2 * x[2]) ** 2,
                         SQRT10 * (x[0] - x[3]) ** 2])

    def jacobian(self, x):
        a = x[1] - 2 * x[2]
        b = x[0] - x[3]
        return np.array([[1.0, 10.0, 0.0, 0.0],
                         [0.0, 0.0, SQRT5, -SQRT5],
                         [0.0, 2 * a, -4 * a, 0.0],
                         [2 * SQRT10 * b, 0.0, 0.0, -2 * SQRT10 * b]])

    def weighted_residual_hessians(self, x, w):
        u = np.array([0.0, 1.0, -2.0, 0.0])
        q = np.array([1.0, 0.0, 0.0, -1.0])
        return 2 * w[2] * np.outer(u, u) + 2 * SQRT10 * w[3] * np.outer(q, q)


class Wood(SumOfSquares):
    def residuals(self, x):
        return np.array([10 * (x[1] - x[0] ** 2), 1 - x[0], SQRT90 * (x[3] - x[2] ** 2), 1 - x[2],
                         SQRT10 * (x[1] + x[3] - 2), (x[1] - x[3]) / SQRT10])

    def jacobian(self, x):
        return np.array([[-20 * x[0], 10.0, 0.0, 0.0],
                         [-1.0, 0.0, 0.0, 0.0],
                         [0.0, 0.0, -2 * SQRT90 * x[2], SQRT90],
                         [0.0, 0.0, -1.0, 0.0],
                         [0.0, SQRT10, 0.0, SQRT10],
                         [0.0, 1 / SQRT10, 0.0, -1 / SQRT10]])

    def weighted_residual_hessians(self, x, w):
        h = np.zeros((4, 4))
        h[0, 0] = -20 * w[0]
        h[2, 2] = -2 * SQRT90 * w[2]
        return h


class BrownBadlyScaled(SumOfSquares):
    def residuals(self, x):
        return np.array([x[0] - 1e6, x[1] - 2e-6, x[0] * x[1] - 2])

    def jacobian(self, x):
        return np.array([[1.0, 0.0], [0.0, 1.0], [x[1], x[0]]])

    def weighted_residual_hessians(self, x, w):
        return np.array([[0.0, w[2]], [w[2], 0.0]])


def theta(x1, x2):
    if x1 > 0:
        return math.atan(x2 / x1) / TWO_PI
    if x1 < 0:
        return math.atan(x2 / x1) / TWO_PI + 0.5
    return 0.25 if x2 > 0 else -0.25


class HelicalValley(SumOfSquares):
    def residuals(self, x):
        return np.array([10 * (x[2] - 10 * theta(x[0], x[1])), 10 * (math.hypot(x[0], x[1]) - 1), x[2]])

    def jacobian(self, x):
        r2 = x[0] ** 2 + x[1] ** 2
        r = math.sqrt(r2)
        t1 = -x[1] / (TWO_PI * r2)
        t2 = x[0] / (TWO_PI * r2)
        return np.array([[-100 * t1, -100 * t2, 10.0],
                         [10 * x[0] / r, 10 * x[1] / r, 0.0],
                         [0.0, 0.0, 1.0]])

    def weighted_residual_hessians(self, x, w):
        a, b = x[0], x[1]
        r2 = a * a + b * b
        r = math.sqrt(r2)
        r4 = r2 * r2
        r3 = r2 * r
        t11 = a * b / (math.pi * r4)
        t12 = (b * b - a * a) / (TWO_PI * r4)
        h11 = -100 * w[0] * t11 + 10 * w[1] * b * b / r3
        h12 = -100 * w[0] * t12 + 10 * w[1] * (-a * b / r3)
        h22 = 100 * w[0] * t11 + 10 * w[1] * a * a / r3
        return np.array([[h11, h12, 0.0], [h12, h22, 0.0], [0.0, 0.0, 0.0]])


def extended_start(n):
    x = np.empty(n)
    x[0::2] = -1.2
    x[1::2] = 1.0
    return x


# (fixture key, testkit name, dimension, objective, start): the same as TestProblems.classic() plus n = 100.
PROBLEMS = [
    ("rosenbrock", "rosenbrock", ExtendedRosenbrock(2), np.array([-1.2, 1.0])),
    ("extended-rosenbrock-10", "extended-rosenbrock", ExtendedRosenbrock(10), extended_start(10)),
    ("extended-rosenbrock-100", "extended-rosenbrock", ExtendedRosenbrock(100), extended_start(100)),
    ("beale", "beale", Beale(), np.array([1.0, 1.0])),
    ("powell-singular", "powell-singular", PowellSingular(), np.array([3.0, -1.0, 0.0, 1.0])),
    ("wood", "wood", Wood(), np.array([-3.0, -1.0, -3.0, -1.0])),
    ("brown-badly-scaled", "brown-badly-scaled", BrownBadlyScaled(), np.array([1.0, 1.0])),
    ("helical-valley", "helical-valley", HelicalValley(), np.array([-1.0, 0.0, 0.0])),
]


class Counted:
    """The functions handed to SciPy, counting their calls; a trajectory of counts per iteration."""

    def __init__(self, problem):
        self.p = problem
        self.values = 0
        self.gradients = 0
        self.hessian_vectors = 0
        self.trajectory = []

    def fun(self, x):
        self.values += 1
        return self.p.value(x)

    def jac(self, x):
        self.gradients += 1
        return self.p.gradient(x)

    def fun_and_jac(self, x):
        self.values += 1
        self.gradients += 1
        return self.p.value(x), self.p.gradient(x)

    def hessp(self, x, v):
        self.hessian_vectors += 1
        return self.p.hessp(x, v)

    def record(self, xk):
        # the gradient at x_k, outside the counts
        self.trajectory.append({
            "nit": len(self.trajectory) + 1,
            "nfev": self.values, "njev": self.gradients, "nhev": self.hessian_vectors,
            "gradientNorm": float(np.linalg.norm(self.p.gradient(xk))),
            "f": self.p.value(xk), "x": [float(v) for v in xk]})


def run(method, problem, x0):
    c = Counted(problem)
    g0 = float(np.linalg.norm(problem.gradient(x0)))
    if method == "L-BFGS-B":
        res = scipy.optimize.minimize(c.fun_and_jac, x0, jac=True, method="L-BFGS-B", callback=c.record,
                                      options={"maxcor": MEMORY, "maxls": 20, "gtol": 1e-13, "ftol": 0.0,
                                               "maxiter": 100000, "maxfun": 1000000})
        nhev = 0
    else:
        res = scipy.optimize.minimize(c.fun, x0, jac=c.jac, hessp=c.hessp, method="Newton-CG",
                                      callback=c.record, options={"xtol": 1e-30, "maxiter": NEWTON_CG_MAXITER})
        nhev = int(res.nhev)
    # our counts are SciPy's counts
    assert c.values == res.nfev and c.gradients == res.njev and c.hessian_vectors == nhev, \
        (method, c.values, res.nfev, c.gradients, res.njev, c.hessian_vectors, nhev)
    start = {"nit": 0, "nfev": 1, "njev": 1, "nhev": 0, "gradientNorm": g0, "f": problem.value(x0),
             "x": [float(v) for v in x0]}
    trajectory = [start] + c.trajectory
    reached = [t for t in trajectory if t["gradientNorm"] <= TOL]
    if reached:
        at = dict(reached[0])
        at["target"] = TOL
        at["reachedTolerance"] = True
    else:
        at = dict(min(trajectory, key=lambda t: t["gradientNorm"]))
        at["target"] = at["gradientNorm"]
        at["reachedTolerance"] = False
    final_x = np.asarray(res.x, dtype=float)
    final = {"nit": int(res.nit), "nfev": int(res.nfev), "njev": int(res.njev), "nhev": nhev,
             "x": [float(v) for v in final_x], "f": float(problem.value(final_x)),
             "gradientNorm": float(np.linalg.norm(problem.gradient(final_x))),
             "success": bool(res.success), "message": str(res.message)}
    return {"atTolerance": at, "final": final}


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources",
                       "scipy-reference.json")
    fixture = {
        "generatedBy": "optimizers/conformance/scripts/scipy_reference.py",
        "interpreter": sys.executable,
        "python": platform.python_version(),
        "scipy": scipy.__version__,
        "numpy": np.__version__,
        "tolerance": TOL,
        "rule": "first iterate with ||grad f||_2 <= tolerance (or, if SciPy never reaches it, SciPy's smallest "
                "||grad f||_2, given as target); counts include the evaluation at x0",
        "lbfgsb": {"maxcor": MEMORY, "gtol": 1e-13, "ftol": 0.0, "maxls": 20},
        "newtoncg": {"xtol": 1e-30, "maxiter": NEWTON_CG_MAXITER},
        "problems": [],
    }
    for key, name, problem, x0 in PROBLEMS:
        fixture["problems"].append({
            "key": key, "testkitName": name, "dimension": int(x0.size), "start": [float(v) for v in x0],
            "startValue": problem.value(x0), "startGradient": [float(v) for v in problem.gradient(x0)],
            "L-BFGS-B": run("L-BFGS-B", problem, x0),
            "Newton-CG": run("Newton-CG", problem, x0)})
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(fixture, fh, indent=1)
        fh.write("\n")
    for p in fixture["problems"]:
        for m in ("L-BFGS-B", "Newton-CG"):
            a = p[m]["atTolerance"]
            print(f"{p['key']:26s} {m:10s} nit {a['nit']:5d} nfev {a['nfev']:5d} njev {a['njev']:5d} "
                  f"nhev {a['nhev']:5d} |g| {a['gradientNorm']:.2e} reached {a['reachedTolerance']} "
                  f"| final nit {p[m]['final']['nit']} |g| {p[m]['final']['gradientNorm']:.2e} "
                  f"{p[m]['final']['message']}")


if __name__ == "__main__":
    main()

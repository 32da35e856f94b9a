#!/usr/bin/python3
"""PyTorch's CPU float64 path on the MLP shapes of org.hesstrucks.model.mlp.MlpBenchmark.

Measures, per shape (depth, batch) at width 256, 10 classes, tanh, softmax cross-entropy (mean over the
batch), float64, parameters as one flat vector in nn.Linear layout (per layer: weight [out][in] row-major,
then bias) unpacked with torch.split/view:

  grad       loss and gradient: a forward and a backward pass (our valueAndGradient)
  hvp        exact Hessian-vector product, marginal: the graph of g = dL/dtheta built once with
             create_graph=True, each product is torch.autograd.grad(g . v, theta) (our exactProduct)
  hvp_full   the whole double backward: forward, backward with create_graph, grad(g . v) (what "PyTorch's
             double backward costs 2.2-3.0 gradients" refers to)
  gn         Gauss-Newton product J^T H_L J v, marginal: logits z and the vjp graph u -> J^T u built once;
             J v by the double-vjp trick (torch.autograd.grad of (J^T u) w.r.t. u with grad_outputs v),
             H_L applied in closed form ((diag p - p p^T)/B per sample), J^T by torch.autograd.grad of z
             (our gaussNewtonProduct). torch.func does not exist in torch 1.13, hence autograd.grad.
  fd         forward-difference product (grad(theta + h v) - g) / h with g cached (our forwardDifferenceProduct)

Threads: Debian's OpenBLAS ignores torch.set_num_threads, so each thread count runs in a child interpreter
started with OPENBLAS_NUM_THREADS=n, OMP_NUM_THREADS=n, OMP_WAIT_POLICY=PASSIVE in its environment
(/work/shared/PEERS.md); the child also calls torch.set_num_threads(n).

  /usr/bin/python3 pytorch_mlp.py OUT.json [--threads 1,2] [--inputs 32] [--reps 30] [--warmup 5]
      [--shapes 1x128,2x128,4x128,8x128,2x32,2x1024]

Writes JSON: {"torch": version, "config": torch.__config__.show(), "results": [{depth, batch, inputs,
op, threads, median_ms, q1_ms, q3_ms, reps, ...}]}.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

WIDTH = 256
CLASSES = 10


def parse(argv):
    p = argparse.ArgumentParser()
    p.add_argument("out")
    p.add_argument("--threads", default="1,2")
    p.add_argument("--inputs", type=int, default=32)
    p.add_argument("--reps", type=int, default=30)
    p.add_argument("--warmup", type=int, default=5)
    p.add_argument("--shapes", default="1x128,2x128,4x128,8x128,2x32,2x1024")
    p.add_argument("--child", type=int, default=0, help=argparse.SUPPRESS)
    return p.parse_args(argv)


def child(args):
    import torch
    import torch.nn.functional as F

    n = args.child
    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS"):
        if os.environ.get(var) != str(n):
            raise SystemExit(f"{var} must be {n} before Python starts, is {os.environ.get(var)}")
    if os.environ.get("OMP_WAIT_POLICY") != "PASSIVE":
        raise SystemExit("OMP_WAIT_POLICY must be PASSIVE before Python starts")
    torch.set_num_threads(n)
    torch.set_default_dtype(torch.float64)
    gen = torch.Generator().manual_seed(2024)

    def timed(fn, reps, warmup):
        for _ in range(warmup):
            fn()
        samples = []
        for _ in range(reps):
            t0 = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - t0) * 1e3)
        q1, med, q3 = statistics.quantiles(samples, n=4, method="inclusive")
        return {"median_ms": statistics.median(samples), "q1_ms": q1, "q3_ms": q3,
                "min_ms": min(samples), "reps": reps}

    results = []
    for shape in args.shapes.split(","):
        depth, batch = (int(s) for s in shape.split("x"))
        dims = [args.inputs] + [WIDTH] * depth + [CLASSES]
        sizes, views = [], []
        for i in range(len(dims) - 1):
            sizes += [dims[i + 1] * dims[i], dims[i + 1]]
            views += [(dims[i + 1], dims[i]), (dims[i + 1],)]
        nparams = sum(sizes)
        theta = torch.empty(nparams)
        offset = 0
        for i in range(len(dims) - 1):  # Xavier-uniform weights, zero biases
            fan_in, fan_out = dims[i], dims[i + 1]
            bound = (6.0 / (fan_in + fan_out)) ** 0.5
            theta[offset:offset + fan_in * fan_out].uniform_(-bound, bound, generator=gen)
            offset += fan_in * fan_out
            theta[offset:offset + fan_out].zero_()
            offset += fan_out
        theta.requires_grad_(True)
        x = torch.randn(batch, args.inputs, generator=gen)
        y = torch.randint(0, CLASSES, (batch,), generator=gen)
        v = torch.randn(nparams, generator=gen)
        h_fd = 1e-6

        def logits(t):
            parts = [c.view(s) for c, s in zip(torch.split(t, sizes), views)]
            a = x
            for i in range(0, len(parts) - 2, 2):
                a = torch.tanh(F.linear(a, parts[i], parts[i + 1]))
            return F.linear(a, parts[-2], parts[-1])

        def grad():
            loss = F.cross_entropy(logits(theta), y)
            return torch.autograd.grad(loss, theta)[0]

        g0 = grad()
        theta_shift = (theta.detach() + h_fd * v).requires_grad_(True)

        def fd():
            loss = F.cross_entropy(logits(theta_shift), y)
            gs = torch.autograd.grad(loss, theta_shift)[0]
            return (gs - g0) / h_fd

        def hvp_full():
            loss = F.cross_entropy(logits(theta), y)
            g = torch.autograd.grad(loss, theta, create_graph=True)[0]
            return torch.autograd.grad(torch.dot(g, v), theta)[0]

        # Marginal exact product: graph of the gradient kept.
        g_graph = torch.autograd.grad(F.cross_entropy(logits(theta), y), theta, create_graph=True)[0]

        def hvp():
            return torch.autograd.grad(torch.dot(g_graph, v), theta, retain_graph=True)[0]

        # Marginal Gauss-Newton product: logits graph and the vjp graph u -> J^T u kept.
        z = logits(theta)
        p = torch.softmax(z.detach(), dim=1)
        u = torch.zeros_like(z, requires_grad=True)
        jtu = torch.autograd.grad(z, theta, u, create_graph=True)[0]

        def gn():
            jv = torch.autograd.grad(jtu, u, v, retain_graph=True)[0]
            pjv = p * jv
            hjv = (pjv - p * pjv.sum(dim=1, keepdim=True)) / batch
            return torch.autograd.grad(z, theta, hjv, retain_graph=True)[0]

        # Sanity: G is positive semidefinite and v.Hv agrees with a central difference of the gradient.
        with torch.no_grad():
            vgv = float(torch.dot(v, gn()))
        vhv = float(torch.dot(v, hvp()))
        t_p = (theta.detach() + 1e-5 * v).requires_grad_(True)
        t_m = (theta.detach() - 1e-5 * v).requires_grad_(True)
        gp = torch.autograd.grad(F.cross_entropy(logits(t_p), y), t_p)[0]
        gm = torch.autograd.grad(F.cross_entropy(logits(t_m), y), t_m)[0]
        vhv_cd = float(torch.dot(v, (gp - gm) / 2e-5))
        if vgv < 0 or abs(vhv - vhv_cd) > 1e-5 * max(1.0, abs(vhv)):
            raise SystemExit(f"sanity check failed at {shape}: vGv={vgv} vHv={vhv} central={vhv_cd}")

        for op, fn in (("grad", grad), ("hvp", hvp), ("hvp_full", hvp_full), ("gn", gn), ("fd", fd)):
            r = timed(fn, args.reps, args.warmup)
            r.update({"depth": depth, "batch": batch, "inputs": args.inputs, "width": WIDTH,
                      "classes": CLASSES, "params": nparams, "op": op, "threads": n})
            results.append(r)
            print(f"  threads {n} depth {depth} batch {batch} {op:9s} median {r['median_ms']:.3f} ms "
                  f"(q1 {r['q1_ms']:.3f}, q3 {r['q3_ms']:.3f})", file=sys.stderr)
    json.dump({"torch": torch.__version__, "config": torch.__config__.show(),
               "parallel": torch.__config__.parallel_info(), "results": results}, sys.stdout)


def main(argv):
    args = parse(argv)
    if args.child:
        child(args)
        return
    merged = None
    for n in (int(s) for s in args.threads.split(",")):
        env = dict(os.environ, OPENBLAS_NUM_THREADS=str(n), OMP_NUM_THREADS=str(n), OMP_WAIT_POLICY="PASSIVE")
        cmd = [sys.executable, os.path.abspath(__file__)] + argv + ["--child", str(n)]
        out = subprocess.run(cmd, env=env, check=True, stdout=subprocess.PIPE, text=True).stdout
        part = json.loads(out)
        if merged is None:
            merged = part
            merged["python"] = sys.executable
            merged["env"] = {"OMP_WAIT_POLICY": "PASSIVE", "OPENBLAS_NUM_THREADS": "per threads",
                             "OMP_NUM_THREADS": "per threads"}
        else:
            merged["results"] += part["results"]
    with open(args.out, "w") as f:
        json.dump(merged, f, indent=1)


if __name__ == "__main__":
    main(sys.argv[1:])

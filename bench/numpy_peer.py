#!/usr/bin/env python3
"""numpy peer of Jaxpresso's JMH benchmarks.

Times the same operations as bench/src/main/java (same shapes, float32), each as a number of
repetitions of a batch of calls, and prints per-call median and spread (min..max over the
repetitions). With --jmh it also reads JMH's `-rf json` output and prints one comparison table.

    /usr/bin/python3 bench/numpy_peer.py [--jmh jmh.json] [--json numpy.json] [--summary out.txt]
"""
import argparse
import json
import os
import platform
import statistics
import sys
import time

import numpy as np

rng = np.random.default_rng(0)


def uniform(n):
    return rng.uniform(-1, 1, n).astype(np.float32)


X4, Y4 = uniform(4), uniform(4)
A0, B0 = np.array(1.5, dtype=np.float32), np.array(-0.25, dtype=np.float32)
X10M, Y10M = uniform(10_000_000), uniform(10_000_000)
XS = rng.uniform(-1, 1, (1000, 1000)).astype(np.float32)
WS = rng.uniform(-1, 1, (1000, 3)).astype(np.float32)
A1024 = rng.uniform(-1, 1, (1024, 1024)).astype(np.float32)
B1024 = rng.uniform(-1, 1, (1024, 1024)).astype(np.float32)


def manually_vectorized_convolve(xs, ws):
    """The JAX tutorial's hand-batched convolve, in numpy (what vmap(convolve) computes)."""
    return np.stack([np.sum(xs[:, i - 1:i + 2] * ws, 1) for i in range(1, xs.shape[-1] - 1)], 1)


# (JMH method name, what it computes, unit, the numpy call). Keep in step with the JMH classes.
CASES = [
    ("laxAddF32x4", "add f32[4], f32[4] (lax.add)", "ns", lambda: np.add(X4, Y4)),
    ("jnpAddF32x4", "add f32[4], f32[4] (jnp.add)", "ns", lambda: np.add(X4, Y4)),
    ("laxAddF32Scalar", "add f32[], f32[] (lax.add)", "ns", lambda: np.add(A0, B0)),
    ("jnpAddF32x4PlusJavaScalar", "add f32[4], 1.0 (jnp.add)", "ns", lambda: np.add(X4, 1.0)),
    ("laxAddF32x10M", "add f32[10M], f32[10M]", "ms", lambda: np.add(X10M, Y10M)),
    ("laxMulF32x10M", "mul f32[10M], f32[10M]", "ms", lambda: np.multiply(X10M, Y10M)),
    ("laxTanhF32x10M", "tanh f32[10M]", "ms", lambda: np.tanh(X10M)),
    # The numpy column of the vmap rows is the hand-batched convolve (numpy has no vmap); the
    # per-example loop and tracing have no numpy peer.
    ("vmapConvolve", "vmap(convolve) xs[1000,1000] ws[1000,3]", "ms", lambda: manually_vectorized_convolve(XS, WS)),
    ("manuallyVectorizedConvolve", "manually_vectorized_convolve, same", "ms", lambda: manually_vectorized_convolve(XS, WS)),
    ("loopConvolve", "stack([convolve(x, w) ...]), same", "ms", None),
    # Both Jaxpresso rows compare with numpy's a @ b: OpenBLAS through FFM, and the Java GEMM.
    ("dotGeneralF32x1024", "dot_general f32[1024,1024] x f32[1024,1024]", "ms", lambda: A1024 @ B1024),
    ("dotGeneralF32x1024JavaGemm", "same, Java GEMM (Vector API)", "ms", lambda: A1024 @ B1024),
    ("makeJaxprChain", "make_jaxpr(f), f of 1000 eqns", "us", None),
    ("makeJaxprVmapChain", "make_jaxpr(vmap(f)), same f", "us", None),
    ("fusedTanhAffineF32x10M", "tanh(a*x+b) f32[10M], a, b scalars", "ms", lambda: np.tanh(A0 * X10M + B0)),
    # The jit issue's table (JitBenchmark): everything through Jax.jit.
    ("jitTanhAffineF32x10M", "jit(tanh(a*x+b)) f32[10M]", "ms", lambda: np.tanh(A0 * X10M + B0)),
    ("copyArraycopyF32x10M", "copy f32[10M] into a new array, 1 thread", "ms", lambda: X10M.copy()),
    ("copyParallelF32x10M", "copy f32[10M] into a new array, all cores", "ms", lambda: X10M.copy()),
    ("jitVmapConvolve", "jit(vmap(convolve)) xs[1000,1000] ws[1000,3]", "ms", lambda: manually_vectorized_convolve(XS, WS)),
    ("jitManuallyVectorizedConvolve", "jit(manually_vectorized_convolve), same", "ms", lambda: manually_vectorized_convolve(XS, WS)),
    ("jitCacheHitAddF32x4", "jit(lax.add) cache hit, f32[4]", "us", lambda: np.add(X4, Y4)),
    ("jitTraceCompileVmapConvolve", "trace+compile jit(vmap(convolve)), fresh", "ms", None),
    ("eagerTanhAffineF32x10M", "tanh(a*x+b) f32[10M], eager (3 ops)", "ms", lambda: np.tanh(A0 * X10M + B0)),
    # Launch overhead per operation; only the OpenCL column has these (OpenClBenchmark).
    ("launchAndWaitAddF32x4", "one add f32[4], launched and waited for", "us", lambda: np.add(X4, Y4)),
    ("pipelinedAddF32x4", "one add f32[4] of 100 enqueued back to back", "us", lambda: np.add(X4, Y4)),
]

# The OpenCL column: OpenClBenchmark's method for a case is the case's name with an "opencl" prefix.
def opencl_name(name):
    return "opencl" + name[0].upper() + name[1:]

# (description, numerator, denominator, goal as "<=" or ">=" and bound) over the Jaxpresso medians.
GOALS = [
    ("loop / vmap (speed-up of vmap over the loop)", "loopConvolve", "vmapConvolve", ">=", 20.0),
    ("vmap / manually vectorized", "vmapConvolve", "manuallyVectorizedConvolve", "<=", 1.10),
    # The jit issue's goals. A tuple of denominators compares with the fastest of them.
    ("jit tanh(a*x+b) / fastest memory copy", "jitTanhAffineF32x10M", ("copyArraycopyF32x10M", "copyParallelF32x10M"), "<=", 1.5),
    ("jit(vmap(convolve)) / jit(manually_vectorized_convolve)", "jitVmapConvolve", "jitManuallyVectorizedConvolve", "<=", 1.10),
    ("per-example loop / jit(vmap(convolve)) (speed-up)", "loopConvolve", "jitVmapConvolve", ">=", 20.0),
]

# (description, JMH method, unit, bound): Jaxpresso's median at most `bound` in `unit`.
ABSOLUTE_GOALS = [
    ("jit cache-hit call overhead (tiny function)", "jitCacheHitAddF32x4", "us", 5.0),
    ("trace+compile of vmap(convolve), warm", "jitTraceCompileVmapConvolve", "ms", 50.0),
]

# (description, JMH method, numpy case, bound): Jaxpresso's median at most `bound` times numpy's,
# i.e. at least 1/bound of numpy's speed.
NUMPY_GOALS = [
    ("dot_general 1024 (OpenBLAS) / numpy a @ b", "dotGeneralF32x1024", "dotGeneralF32x1024", 1 / 0.9),
    ("jit tanh(a*x+b) / numpy", "jitTanhAffineF32x10M", "jitTanhAffineF32x10M", 1 / 3),
]

SCALE = {"ns": 1e9, "us": 1e6, "ms": 1e3, "s": 1.0}


def time_case(call, unit, repetitions, target_s):
    """Per-call times in `unit`, one per repetition; each repetition runs a batch of ~target_s."""
    number = 1
    while True:  # calibrate the batch size (doubles as warm-up)
        start = time.perf_counter()
        for _ in range(number):
            call()
        elapsed = time.perf_counter() - start
        if elapsed >= target_s / 2:
            break
        number *= 2
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        for _ in range(number):
            call()
        times.append((time.perf_counter() - start) / number * SCALE[unit])
    return times


def stats(samples):
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples), "n": len(samples)}


def read_jmh(path):
    """JMH json -> {method name: stats in the benchmark's own unit, with 'unit'}."""
    with open(path) as f:
        runs = json.load(f)
    out = {}
    for run in runs:
        metric = run["primaryMetric"]
        samples = [v for fork in metric["rawData"] for v in fork]
        entry = stats(samples)
        entry["unit"] = metric["scoreUnit"].split("/")[0]
        out[run["benchmark"].rsplit(".", 1)[1]] = entry
    return out


def fmt(entry, unit):
    if entry is None:
        return "n/a"
    k = SCALE[unit] / SCALE[entry.get("unit", unit)]
    return f"{entry['median'] * k:9.1f} [{entry['min'] * k:.1f}..{entry['max'] * k:.1f}]"


def table(numpy_results, jmh_results):
    lines = []
    header = f"{'benchmark':<31} {'computes':<46} {'unit':<4} {'numpy median [min..max]':>30}"
    with_opencl = jmh_results is not None and any(k.startswith("opencl") for k in jmh_results)
    if jmh_results is not None:
        header += f" {'jaxpresso median [min..max]':>32} {'jaxpresso/numpy':>15}"
    if with_opencl:
        header += f" {'opencl median [min..max]':>32} {'opencl/numpy':>12}"
    lines.append(header)
    lines.append("-" * len(header))
    for name, what, unit, _ in CASES:
        npr = numpy_results.get(name)
        line = f"{name:<31} {what:<46} {unit:<4} {fmt(npr, unit):>30}"
        if jmh_results is not None:
            jr = jmh_results.get(name)
            ratio = "n/a"
            if jr is not None and npr is not None:
                ratio = f"{jr['median'] * SCALE[unit] / SCALE[jr['unit']] / npr['median']:.2f}x"
            line += f" {fmt(jr, unit):>32} {ratio:>15}"
        if with_opencl:
            cr = jmh_results.get(opencl_name(name))
            ratio = "n/a"
            if cr is not None and npr is not None:
                ratio = f"{cr['median'] * SCALE[unit] / SCALE[cr['unit']] / npr['median']:.2f}x"
            line += f" {fmt(cr, unit):>32} {ratio:>12}"
        lines.append(line)
    return "\n".join(lines)


def seconds(entry):
    return entry["median"] / SCALE[entry["unit"]]


def goals(jmh_results, numpy_results):
    """The goal lines and, for the JSON, one record per goal."""
    lines = ["Goals (ratios of medians):"]
    records = []

    def report(what, value, goal, met, shown):
        records.append({"goal": what, "value": value, "bound": goal, "met": met})
        if value is None:
            lines.append(f"  {what}: n/a (not run)")
        else:
            lines.append(f"  {what}: {shown} (goal {goal}) {'met' if met else 'MISSED'}")

    for what, num, den, op, bound in GOALS:
        dens = den if isinstance(den, tuple) else (den,)
        a = jmh_results.get(num)
        bs = [jmh_results[d] for d in dens if d in jmh_results]
        if a is None or not bs:
            report(what, None, f"{op} {bound}", None, None)
            continue
        ratio = seconds(a) / min(seconds(b) for b in bs)
        met = ratio >= bound if op == ">=" else ratio <= bound
        report(what, ratio, f"{op} {bound}", met, f"{ratio:.2f}")
    for what, name, peer, bound in NUMPY_GOALS:
        a, b = jmh_results.get(name), numpy_results.get(peer)
        if a is None or b is None:
            report(what, None, f"<= {bound:.2f}", None, None)
            continue
        ratio = seconds(a) / seconds(b)
        report(what, ratio, f"<= {bound:.2f}, i.e. >= {1 / bound:.1f}x numpy's speed", ratio <= bound, f"{ratio:.2f}")
    for what, name, unit, bound in ABSOLUTE_GOALS:
        a = jmh_results.get(name)
        if a is None:
            report(what, None, f"<= {bound} {unit}", None, None)
            continue
        value = seconds(a) * SCALE[unit]
        report(what, value, f"<= {bound} {unit}", value <= bound, f"{value:.2f} {unit}")
    return "\n".join(lines), records


def environment():
    cpu = platform.processor() or "?"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    blas_env = " ".join(f"{k}={os.environ[k]}" for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "OPENBLAS_NUM_THREADS")
                        if k in os.environ)
    return (f"{cpu}, {os.cpu_count()} cores; Python {platform.python_version()}, numpy {np.__version__}"
            f"{'; ' + blas_env + ' (both sides)' if blas_env else ''}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jmh", help="JMH -rf json results to compare against")
    parser.add_argument("--json", help="write the numpy results here")
    parser.add_argument("--summary", help="also write the printed table here")
    parser.add_argument("--summary-json", help="write the table and goals as JSON here")
    parser.add_argument("--repetitions", type=int, default=9)
    parser.add_argument("--target", type=float, default=0.1, help="seconds per repetition")
    args = parser.parse_args()

    results = {}
    for name, _, unit, call in CASES:
        if call is None:
            continue
        results[name] = stats(time_case(call, unit, args.repetitions, args.target))
        results[name]["unit"] = unit
    jmh = read_jmh(args.jmh) if args.jmh else None
    text = (f"Jaxpresso vs numpy (per call; median [min..max] over measurement iterations/repetitions)\n"
            f"{environment()}\n\n{table(results, jmh)}\n")
    goal_records = []
    if jmh is not None:
        goal_text, goal_records = goals(jmh, results)
        text += f"\n{goal_text}\n"
    print(text)
    if args.summary_json:
        rows = []
        for name, what, unit, _ in CASES:
            row = {"benchmark": name, "computes": what, "unit": unit}
            for side, res, key in (("numpy", results, name), ("jaxpresso", jmh or {}, name), ("opencl", jmh or {}, opencl_name(name))):
                e = res.get(key)
                if e is not None:
                    k = SCALE[unit] / SCALE[e.get("unit", unit)]
                    row[side] = {"median": e["median"] * k, "min": e["min"] * k, "max": e["max"] * k, "n": e["n"]}
            rows.append(row)
        with open(args.summary_json, "w") as f:
            json.dump({"environment": environment(), "rows": rows, "goals": goal_records}, f, indent=1)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    if args.summary:
        with open(args.summary, "w") as f:
            f.write(text)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Latency of the Jaxpresso Jupyter kernel, as a Jupyter client sees it (never part of the tests).

Usage: kernel_latency.py [--java JAVA] [--jar KERNEL_JAR] [--starts N] [--warmup N] [--cells N] [--out FILE]

Installs a temporary kernelspec over the shaded kernel jar (from install/kernelspec/kernel.json.in,
as the kernel tests do), then measures with jupyter_client on 127.0.0.1:
  - startup: process start -> the first kernel_info_reply, over --starts fresh kernels; and, on the
    same kernels, process start -> the reply to a first `1 + 1` (JShell starts in the background, so
    the first cell waits for it);
  - warm cells: on one kernel, --warmup cells, then --cells cells of each trivial kind, each timed
    from sending execute_request to receiving its execute_reply (which must say status ok).
Prints median, p10/p90 and min/max of each, whether the issue's goals are met (startup <= 3 s,
a trivial warm cell <= 100 ms, both compared on the median), and writes them as JSON to --out
(bench/target/results/kernel_latency.json). Exit status 0 when it measured, whatever the goals say.
"""
import argparse
import json
import os
import platform
import shutil
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "kernel", "src", "test", "python"))
from kernel_harness import install_kernelspec  # noqa: E402  (exits 3 without jupyter_client)
from jupyter_client import KernelManager  # noqa: E402

SPEC = "jaxpresso-latency"
TIMEOUT = 60
STARTUP_GOAL_S = 3.0
WARM_CELL_GOAL_S = 0.100
CELLS = {"1 + 1": "trivial Java expression", "Jnp.arange(3)": "tiny engine cell"}


def wait_reply(kc, msg_id, deadline):
    """The shell reply to msg_id (other replies are skipped); raises after the deadline."""
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise RuntimeError("no reply to %s within %s s" % (msg_id, TIMEOUT))
        msg = kc.get_shell_msg(timeout=remaining)
        if msg["parent_header"].get("msg_id") == msg_id:
            return msg


def drain_iopub(kc, msg_id):
    """Reads iopub up to the idle status of msg_id, so the next request starts on a quiet kernel."""
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        msg = kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"):
            return
    raise RuntimeError("no idle status for %s" % msg_id)


def timed_execute(kc, code):
    """Seconds from sending execute_request to its execute_reply; the reply must say ok."""
    started = time.perf_counter()
    msg_id = kc.execute(code)
    reply = wait_reply(kc, msg_id, time.monotonic() + TIMEOUT)
    elapsed = time.perf_counter() - started
    if reply["content"].get("status") != "ok":
        raise RuntimeError("%r failed: %r" % (code, reply["content"]))
    drain_iopub(kc, msg_id)
    return elapsed


def start(kernel_name):
    """Starts a kernel; returns (km, kc, seconds to the first kernel_info_reply, to the first cell's reply)."""
    km = KernelManager(kernel_name=kernel_name, ip="127.0.0.1", transport="tcp")
    started = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    msg_id = kc.kernel_info()          # queued by zmq until the kernel has bound its shell socket
    wait_reply(kc, msg_id, time.monotonic() + TIMEOUT)
    info_s = time.perf_counter() - started
    msg_id = kc.execute("1 + 1")
    reply = wait_reply(kc, msg_id, time.monotonic() + TIMEOUT)
    cell_s = time.perf_counter() - started
    if reply["content"].get("status") != "ok":
        raise RuntimeError("the first cell failed: %r" % reply["content"])
    drain_iopub(kc, msg_id)
    return km, kc, info_s, cell_s


def stop(km, kc):
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    km.cleanup_resources()


def summary(samples):
    """median, p10, p90, min, max (seconds) and n of samples."""
    s = sorted(samples)
    def pct(p):  # linear interpolation between closest ranks
        k = (len(s) - 1) * p
        lo, hi = int(k), min(int(k) + 1, len(s) - 1)
        return s[lo] + (s[hi] - s[lo]) * (k - lo)
    return {"n": len(s), "median_s": statistics.median(s), "p10_s": pct(0.10), "p90_s": pct(0.90),
            "min_s": s[0], "max_s": s[-1], "samples_s": samples}


def line(name, st, unit):
    scale, fmt = (1000.0, "%8.1f ms") if unit == "ms" else (1.0, "%8.3f s ")
    cols = [fmt % (st[k] * scale) for k in ("median_s", "p10_s", "p90_s", "min_s", "max_s")]
    return "  %-34s %s   (n=%d)" % (name, " ".join(cols), st["n"])


def main():
    default_java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else shutil.which("java")
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--java", default=default_java)
    p.add_argument("--jar", default=os.path.join(ROOT, "kernel", "target", "jaxpresso-kernel-0.1.0-SNAPSHOT.jar"))
    p.add_argument("--starts", type=int, default=5)
    p.add_argument("--warmup", type=int, default=10)
    p.add_argument("--cells", type=int, default=50, help="timed cells of each kind")
    p.add_argument("--out", default=os.path.join(ROOT, "bench", "target", "results", "kernel_latency.json"))
    args = p.parse_args()
    if not args.java or not os.path.exists(args.java):
        sys.exit("kernel_latency.py: no java found (set JAVA_HOME or pass --java)")
    if not os.path.isfile(args.jar):
        sys.exit("kernel_latency.py: %s is missing; build it with install/jaxpresso build (or bench-kernel)" % args.jar)

    home = install_kernelspec(args.java, args.jar, os.path.join(ROOT, "install", "kernelspec", "kernel.json.in"), SPEC)
    try:
        info, first_cell = [], []
        print("startup: %d fresh kernels" % args.starts, flush=True)
        for i in range(args.starts):
            km, kc, info_s, cell_s = start(SPEC)
            stop(km, kc)
            info.append(info_s)
            first_cell.append(cell_s)
            print("  start %d: kernel_info_reply after %.3f s, first cell's reply after %.3f s" % (i + 1, info_s, cell_s), flush=True)

        km, kc, _, _ = start(SPEC)
        try:
            codes = list(CELLS)
            for i in range(args.warmup):
                timed_execute(kc, codes[i % len(codes)])
            warm = {code: [] for code in codes}
            for i in range(args.cells):     # the kinds interleaved, so drift hits both alike
                for code in codes:
                    warm[code].append(timed_execute(kc, code))
        finally:
            stop(km, kc)
    finally:
        shutil.rmtree(home, ignore_errors=True)

    startup = summary(info)
    results = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "jar": os.path.abspath(args.jar),
        "startup_to_kernel_info_reply": startup,
        "startup_to_first_cell_reply": summary(first_cell),
        "warm_cells": {code: summary(v) for code, v in warm.items()},
        "warmup_cells": args.warmup,
        "goals": {},
    }
    slowest_warm = max(results["warm_cells"].values(), key=lambda st: st["median_s"])
    results["goals"] = {
        "startup_to_first_reply_le_3s": {"goal_s": STARTUP_GOAL_S, "median_s": startup["median_s"], "met": startup["median_s"] <= STARTUP_GOAL_S},
        "trivial_warm_cell_le_100ms": {"goal_s": WARM_CELL_GOAL_S, "median_s": slowest_warm["median_s"], "met": slowest_warm["median_s"] <= WARM_CELL_GOAL_S},
    }

    print("\n  %-34s %11s %11s %11s %11s %11s" % ("", "median", "p10", "p90", "min", "max"))
    print(line("start -> kernel_info_reply", startup, "s"))
    print(line("start -> first cell's reply", results["startup_to_first_cell_reply"], "s"))
    for code, st in results["warm_cells"].items():
        print(line("warm `%s` (%s)" % (code, CELLS[code].split()[0]), st, "ms"))
    g = results["goals"]
    print("\ngoal: startup to first reply <= 3 s: %s (median %.3f s)" % ("met" if g["startup_to_first_reply_le_3s"]["met"] else "NOT met", startup["median_s"]))
    print("goal: trivial warm cell <= 100 ms: %s (slowest median %.1f ms)" % ("met" if g["trivial_warm_cell_le_100ms"]["met"] else "NOT met", slowest_warm["median_s"] * 1000))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        json.dump(results, f, indent=2)
    print("written to %s" % args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())

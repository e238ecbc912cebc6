#!/usr/bin/python3
"""Magics, display helpers and charts of the Jaxpresso kernel, through jupyter_client against the
real shaded jar: %time, %timeit, %jaxpr, %lsmagic, an unknown magic, errors inside a magic, magic
completion and is_complete, display/updateDisplay/clearOutput messages, a chart as an image,
interrupting %timeit.

Usage: magics_test.py JAVA KERNEL_JAR KERNEL_JSON_TEMPLATE

Starts the kernel through a temporary kernelspec (kernel_harness.py), runs each check and prints
`ok NAME` or `FAIL NAME: why`; exits 1 on any failure, 3 when jupyter_client is missing. Every
wait is bounded, and an alarm ends the whole run, so it never hangs a build.
"""
import base64
import json
import os
import re
import sys
import time

from kernel_harness import Checks, arm_alarm, expect, finish, install_kernelspec, of_type, start_kernel

TOTAL_SECONDS = 240


def main():
    java, jar, template = sys.argv[1], sys.argv[2], sys.argv[3]
    arm_alarm("magics tests", TOTAL_SECONDS)
    home = install_kernelspec(java, jar, template, "jaxpresso-test")
    with open(os.path.join(home, "kernels", "jaxpresso-test", "kernel.json")) as f:
        expect(json.load(f)["interrupt_mode"] == "message", "the kernelspec must ask for interrupt messages")
    started = start_kernel("jaxpresso-test")
    if started is None:
        return 1
    km, kc = started
    t = Checks(kc, km)

    unit = r"[0-9.]+(e[+-][0-9]+)? (s|ms|µs|ns)"

    def stdout_of(out):
        return "".join(s["text"] for s in of_type(out, "stream") if s["name"] == "stdout")

    def time_magic():
        reply, out = t.execute("%time Jnp.arange(4).sum()")
        expect(reply["status"] == "ok", reply)
        text = stdout_of(out)
        expect(re.fullmatch(r"(Compile time: [^\n]+\n)?Wall time: " + unit + "\n", text), "stdout was %r" % text)
        results = of_type(out, "execute_result")
        expect(len(results) == 1 and results[0]["data"]["text/plain"] == "Array(6, dtype=int32)", out)
    t.run("%time prints the wall time and keeps the value", time_magic)

    def cell_time():
        reply, out = t.execute("%%time\nint timed = 6 * 7;")
        expect(reply["status"] == "ok", reply)
        expect("Wall time: " in stdout_of(out), out)
        reply, out = t.execute("timed")
        expect(of_type(out, "execute_result")[0]["data"]["text/plain"] == "42", out)
    t.run("%%time keeps the cell's declarations", cell_time)

    def timeit_magic():
        reply, out = t.execute("%timeit -n 3 -r 2 Jnp.arange(10).sum()")
        expect(reply["status"] == "ok", reply)
        text = stdout_of(out)
        # IPython's caching warning may come first when one of the two runs was much slower
        expect(re.fullmatch(r"(The slowest run took [^\n]+\n)?" + unit + " ± " + unit + r" per loop \(mean ± std\. dev\. of 2 runs, 3 loops each\)\n", text),
               "stdout was %r" % text)
        expect(not of_type(out, "execute_result"), out)
    t.run("%timeit prints IPython's mean ± std. dev. line", timeit_magic)

    def jaxpr_magic():
        t.execute("Fn2 convolve = (a, w) -> a.mul(w);\nArray xs = Jnp.ones(3);")
        reply, out = t.execute("%jaxpr convolve(xs, xs)")
        expect(reply["status"] == "ok", reply)
        data = of_type(out, "execute_result")[0]["data"]
        expect(data["text/plain"] == "{ lambda ; a:f32[3] b:f32[3]. let c:f32[3] = mul a b in (c,) }", data["text/plain"])
        expect("<pre" in data["text/html"] and "mul</span>" in data["text/html"], data["text/html"])
    t.run("%jaxpr shows the call's jaxpr, rich", jaxpr_magic)

    def lsmagic():
        reply, out = t.execute("%lsmagic")
        text = stdout_of(out)
        for name in ["%time ", "%timeit ", "%jaxpr ", "%classpath", "%load ", "%%timeit"]:
            expect(name in text, "%r not in %r" % (name, text))
    t.run("%lsmagic lists the magics", lsmagic)

    def unknown_magic():
        reply, out = t.execute("%timme 1")
        expect(reply["status"] == "error" and reply["ename"] == "UsageError", reply)
        expect("%time, %timeit" in reply["evalue"], reply["evalue"])
        expect(of_type(out, "error")[0]["ename"] == "UsageError", out)
    t.run("an unknown magic is a UsageError naming the known ones", unknown_magic)

    def error_in_magic():
        reply, out = t.execute('int before = 1;\n%time Integer.parseInt("x")')
        expect(reply["status"] == "error" and reply["ename"] == "NumberFormatException", reply)
        tb = "\n".join(of_type(out, "error")[0]["traceback"])
        expect("at line 2" in tb and "jaxpresso.kernel" not in tb, tb)
    t.run("an error inside a magic's code is a normal cell error", error_in_magic)

    def complete_magics():
        c = t.shell_reply(kc.complete("%ti", 3))["content"]
        expect(c["status"] == "ok" and c["matches"] == ["%time", "%timeit"], c)
        expect(c["cursor_start"] == 0 and c["cursor_end"] == 3, c)
        c = t.shell_reply(kc.complete("%%ti", 4))["content"]
        expect(c["matches"] == ["%%time", "%%timeit"], c)
    t.run("complete: magic names", complete_magics)

    def is_complete_magics():
        c = t.shell_reply(kc.is_complete("%%timeit"))["content"]
        expect(c["status"] == "incomplete", c)
        c = t.shell_reply(kc.is_complete("%time f(1)"))["content"]
        expect(c["status"] == "complete", c)
    t.run("is_complete: a cell magic needs a body", is_complete_magics)

    def display_helpers():
        reply, out = t.execute('System.out.println("first");\nString id = display(Jnp.arange(2));\n'
                               'updateDisplay(id, "later");\nclearOutput(true);\nclearOutput();')
        expect(reply["status"] == "ok", reply)
        kinds = [m["msg_type"] for m in out if m["msg_type"] in ("stream", "display_data", "update_display_data", "clear_output")]
        expect(kinds == ["stream", "display_data", "update_display_data", "clear_output", "clear_output"], kinds)
        shown = of_type(out, "display_data")[0]
        expect(shown["data"]["text/plain"] == "Array([0, 1], dtype=int32)" and "<table" in shown["data"]["text/html"], shown)
        display_id = shown["transient"]["display_id"]
        updated = of_type(out, "update_display_data")[0]
        expect(updated["transient"]["display_id"] == display_id and updated["data"]["text/plain"] == '"later"', updated)
        clears = of_type(out, "clear_output")
        expect(clears[0]["wait"] is True and clears[1]["wait"] is False, clears)
    t.run("display, updateDisplay, clearOutput publish their messages", display_helpers)

    def chart():
        cell = ('var chart = Charts.timings("batch size", java.util.Map.of("loop", new double[] {1e-3, 8e-3, 6e-2}, '
                '"vmap", new double[] {1e-3, 2e-3, 5e-3}), new double[] {1, 8, 64});\nchart')
        reply, out = t.execute(cell)
        expect(reply["status"] == "ok", reply)
        data = of_type(out, "execute_result")[0]["data"]
        expect("image/svg+xml" in data and "<svg" in data["image/svg+xml"], list(data))
        expect("loop" in data["image/svg+xml"] or "<path" in data["image/svg+xml"], "no series drawn")
        reply, out = t.execute("Charts.setImageFormat(org.jaxpresso.kernel.chart.ChartRenderer.ImageFormat.PNG);\ndisplay(chart);")
        expect(reply["status"] == "ok", reply)
        shown = of_type(out, "display_data")[0]["data"]
        expect(base64.b64decode(shown["image/png"])[:8] == b"\x89PNG\r\n\x1a\n", list(shown))
        t.execute("Charts.setImageFormat(org.jaxpresso.kernel.chart.ChartRenderer.ImageFormat.SVG);")
    t.run("a chart cell gives image/svg+xml, display(chart) image/png", chart)

    def interrupt_timeit():
        msg_id = kc.execute("%timeit -n 100000000 Jnp.arange(100).sum()")
        time.sleep(2.0)
        km.interrupt_kernel()
        reply, out = t.collect(msg_id, timeout=30)
        expect(reply["status"] == "error" and reply["ename"] == "InterruptedException", reply)
        reply, out = t.execute("timed")
        expect(of_type(out, "execute_result")[0]["data"]["text/plain"] == "42", out)
    t.run("interrupting %timeit; the kernel and its state survive", interrupt_timeit)

    msg_id = kc.shutdown()
    deadline = time.monotonic() + 20
    while km.is_alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    return finish(t, km, kc, home, "magics")


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Protocol tests of the Jaxpresso kernel with jupyter_client, against the real shaded jar.

Usage: protocol_test.py JAVA KERNEL_JAR KERNEL_JSON_TEMPLATE

Starts the kernel through a temporary kernelspec made from install/kernelspec/kernel.json.in as
`install/jaxpresso kernel-install` makes it (the jar next to kernel.json, found through
{resource_dir}; interrupt_mode message; on 127.0.0.1), runs each check and prints `ok NAME` or `FAIL NAME: why`;
exits 1 on any failure, 3 when jupyter_client is missing. Every wait is bounded, and an alarm
ends the whole run, so it never hangs a build.
"""
import json
import os
import sys
import time

from kernel_harness import REPLY_TIMEOUT, Checks, arm_alarm, expect, finish, install_kernelspec, of_type, start_kernel

TOTAL_SECONDS = 240


def main():
    java, jar, template = sys.argv[1], sys.argv[2], sys.argv[3]
    arm_alarm("protocol tests", TOTAL_SECONDS)
    home = install_kernelspec(java, jar, template, "jaxpresso-test")
    with open(os.path.join(home, "kernels", "jaxpresso-test", "kernel.json")) as f:
        expect(json.load(f)["interrupt_mode"] == "message", "the kernelspec must ask for interrupt messages")
    started = start_kernel("jaxpresso-test")
    if started is None:
        return 1
    km, kc = started
    t = Checks(kc, km)

    def kernel_info():
        msg_id = kc.kernel_info()
        c = t.shell_reply(msg_id)["content"]
        expect(c.get("status") == "ok", "kernel_info_reply without status ok: %r" % c)
        expect(c["language_info"]["name"] == "java", c)
        expect(c["implementation"] == "jaxpresso", c)
    t.run("kernel_info has status ok", kernel_info)

    def stream():
        reply, out = t.execute('System.out.println("hello"); System.err.println("oops");')
        expect(reply["status"] == "ok", reply)
        text = "".join(s["text"] for s in of_type(out, "stream") if s["name"] == "stdout")
        expect(text == "hello\n", "stdout was %r" % text)
        err = "".join(s["text"] for s in of_type(out, "stream") if s["name"] == "stderr")
        expect(err == "oops\n", "stderr was %r" % err)
        expect(not of_type(out, "execute_result"), "a statement has no result")
    t.run("execute: stdout and stderr streams", stream)

    def array_result():
        reply, out = t.execute("var x = Jnp.arange(5);\nx")
        expect(reply["status"] == "ok", reply)
        results = of_type(out, "execute_result")
        expect(len(results) == 1, out)
        data = results[0]["data"]
        expect(data["text/plain"] == "Array([0, 1, 2, 3, 4], dtype=int32)", data)
        html = data["text/html"]
        expect("<table" in html and "shape=(5,)" in html and "dtype=int32" in html, html)
        expect(results[0]["execution_count"] == reply["execution_count"], (results, reply))
    t.run("execute: an Array as text/plain and text/html", array_result)

    def jaxpr_result():
        reply, out = t.execute("makeJaxpr((Fn1) a -> Jnp.sin(a), Jnp.ones(3))")
        expect(reply["status"] == "ok", reply)
        data = of_type(out, "execute_result")[0]["data"]
        expect(data["text/plain"] == "{ lambda ; a:f32[3]. let b:f32[3] = sin a in (b,) }", data["text/plain"])
        expect("<pre" in data["text/html"] and "sin</span>" in data["text/html"], data["text/html"])
    t.run("execute: a jaxpr as text/plain and text/html", jaxpr_result)

    def user_error():
        reply, out = t.execute("int zero = 0;\nint y = 1 / zero;")
        expect(reply["status"] == "error", reply)
        expect(reply["ename"] == "ArithmeticException", reply)
        errors = of_type(out, "error")
        expect(len(errors) == 1 and errors[0]["ename"] == "ArithmeticException", errors)
        tb = "\n".join(errors[0]["traceback"])
        expect("at line 2" in tb, tb)
        expect("jaxpresso.kernel" not in tb and "jdk.jshell" not in tb, tb)
        reply, out = t.execute('throw new IllegalStateException("boom");')
        expect(reply["ename"] == "IllegalStateException" and reply["evalue"] == "boom", reply)
    t.run("execute: error with the user's exception class as ename", user_error)

    def compile_error():
        reply, out = t.execute("int y = undefinedThing + 1;")
        expect(reply["status"] == "error" and reply["ename"] == "CompilationException", reply)
        tb = "\n".join(of_type(out, "error")[0]["traceback"])
        expect("cannot find symbol" in tb and "undefinedThing" in tb and "^" in tb, tb)
    t.run("execute: compile error points at the span", compile_error)

    def silent():
        before, _ = t.execute("1 + 1")
        reply, out = t.execute("int hidden = 3;\nhidden", silent=True)
        expect(reply["status"] == "ok", reply)
        expect(not of_type(out, "execute_input") and not of_type(out, "execute_result"), out)
        after, _ = t.execute("hidden")
        expect(after["execution_count"] == before["execution_count"] + 1, (before, after))
    t.run("execute: silent publishes nothing and keeps the count", silent)

    def complete():
        code = "Jnp.aran"
        msg_id = kc.complete(code, len(code))
        c = t.shell_reply(msg_id)["content"]
        expect(c["status"] == "ok", c)
        expect(any(m.startswith("arange") for m in c["matches"]), c)
        expect(c["cursor_start"] == 4 and c["cursor_end"] == len(code), c)
    t.run("complete", complete)

    def inspect():
        # Shift-Tab: the signature and the engine's Javadoc, from the index shipped in the jar
        code = "Jnp.sin"
        c = t.shell_reply(kc.inspect(code, len(code)))["content"]
        expect(c["status"] == "ok" and c["found"] is True, c)
        text = c["data"]["text/plain"]
        expect(text.startswith("Array Jnp.sin(Object x)"), text)
        expect("jnp.sin: the sine of each element, in radians" in text, text)
        expect("`jnp.sin`: the sine of each element" in c["data"]["text/markdown"], c["data"])
        code = "var g = Jax.vmap((Fn1) a -> a);"
        c = t.shell_reply(kc.inspect(code, code.index("vmap") + 2))["content"]
        expect(c["found"] is True, c)
        expect("a function that maps f over an axis of its arguments" in c["data"]["text/plain"], c["data"])
        expect("`f`" in c["data"]["text/markdown"], c["data"])
        for code, pos in (("1 + 2", 5), ("Jnp.sin", 99)):
            c = t.shell_reply(kc.inspect(code, pos))["content"]
            expect(c["status"] == "ok" and c["found"] is False and c["data"] == {}, (code, pos, c))
    t.run("inspect: signature and Javadoc; found false when nothing is there", inspect)

    def is_complete():
        def ask(code):
            return t.shell_reply(kc.is_complete(code))["content"]
        expect(ask("int a = 1;")["status"] == "complete", ask("int a = 1;"))
        c = ask("for (int i = 0; i < 3; i++) {")
        expect(c["status"] == "incomplete" and c["indent"] == "    ", c)
        expect(ask("int a = 1; )")["status"] == "invalid", ask("int a = 1; )"))
    t.run("is_complete: complete, incomplete with indent, invalid", is_complete)

    def interrupt():
        t.execute("long spins = 0;")
        msg_id = kc.execute("while (true) { spins++; }")
        time.sleep(1.5)
        km.interrupt_kernel()
        reply, out = t.collect(msg_id, timeout=30)
        expect(reply["status"] == "error" and reply["ename"] == "InterruptedException", reply)
        reply, out = t.execute("spins > 0")
        expect(of_type(out, "execute_result")[0]["data"]["text/plain"] == "true", out)
        reply, out = t.execute("x")
        expect(of_type(out, "execute_result")[0]["data"]["text/plain"] == "Array([0, 1, 2, 3, 4], dtype=int32)", out)
    t.run("interrupt a busy Java loop; the kernel and its state survive", interrupt)

    def interrupt_engine():
        # One engine call with no loop in the cell: a convolution of 10^10 multiply-adds on the
        # reference kernels, stopped by the engine's own checkpoints.
        msg_id = kc.execute("Array big = Jnp.convolve(Jnp.ones(2000000), Jnp.ones(5000));")
        time.sleep(1.5)
        started = time.time()
        km.interrupt_kernel()
        reply, out = t.collect(msg_id, timeout=30)
        expect(reply["status"] == "error" and reply["ename"] == "InterruptedException", reply)
        expect(time.time() - started < 10, "the engine took %.1f s to stop" % (time.time() - started))
        reply, out = t.execute("x")
        expect(of_type(out, "execute_result")[0]["data"]["text/plain"] == "Array([0, 1, 2, 3, 4], dtype=int32)", out)
    t.run("interrupt a long engine operation; the kernel and its state survive", interrupt_engine)

    def history():
        msg_id = kc.history(hist_access_type="tail", n=3, output=False, raw=True)
        c = t.shell_reply(msg_id)["content"]
        expect(c["status"] == "ok" and len(c["history"]) == 3, c)
        expect(c["history"][-1][2] == "x", c)
    t.run("history: tail", history)

    def comm_info():
        msg_id = kc.comm_info()
        c = t.shell_reply(msg_id)["content"]
        expect(c["status"] == "ok" and c["comms"] == {}, c)
    t.run("comm_info has status ok", comm_info)

    def bad_messages():
        # Raw frames on the shell socket: a wrongly signed request, then garbage. The kernel must
        # ignore both (no reply to them) and go on answering.
        import hmac, hashlib, uuid, zmq
        info = km.get_connection_info()
        sock = zmq.Context.instance().socket(zmq.DEALER)
        sock.setsockopt(zmq.LINGER, 0)
        sock.connect("%s://%s:%d" % (info["transport"], info["ip"], info["shell_port"]))
        header = json.dumps({"msg_id": str(uuid.uuid4()), "username": "x", "session": "bad", "date": "2026-01-01T00:00:00Z",
                             "msg_type": "execute_request", "version": "5.3"}).encode()
        parts = [header, b"{}", b"{}", json.dumps({"code": "int forged = 1;", "silent": False}).encode()]
        sock.send_multipart([b"<IDS|MSG>", b"0" * 64] + parts)            # wrong HMAC
        key = info["key"].encode() if isinstance(info["key"], str) else info["key"]
        good = hmac.new(key, digestmod=hashlib.sha256)
        for p in [b"not json", b"{}", b"{}", b"{}"]:
            good.update(p)
        sock.send_multipart([b"<IDS|MSG>", good.hexdigest().encode(), b"not json", b"{}", b"{}", b"{}"])  # signed garbage
        expect(sock.poll(2000) == 0, "the kernel answered a bad message")
        sock.close()
        msg_id = kc.kernel_info()
        c = t.shell_reply(msg_id)["content"]
        expect(c.get("status") == "ok", c)
        reply, out = t.execute("forged")
        expect(reply["status"] == "error", "the wrongly signed cell ran: %r" % (reply,))
    t.run("malformed and wrongly signed messages are ignored; the kernel goes on", bad_messages)

    def misframed_messages():
        # Raw multipart messages whose frames do not make a Jupyter message: no <IDS|MSG>
        # delimiter at all, or a delimiter with too few frames after it. Each is dropped whole; the
        # next request (from the real client, on another connection) is answered. A reader that
        # went on into the next message's frames would take that client's identity for one of
        # the bad message's and send the reply to the raw socket, or fail its signature.
        import zmq
        info = km.get_connection_info()
        sock = zmq.Context.instance().socket(zmq.DEALER)
        sock.setsockopt(zmq.LINGER, 0)
        sock.connect("%s://%s:%d" % (info["transport"], info["ip"], info["shell_port"]))
        for frames, then in (([b"no delimiter", b"{}", b"{}"], "execute"),
                             ([b"<IDS|MSG>", b"0" * 64, b"{}"], "kernel_info")):
            sock.send_multipart(frames)
            time.sleep(0.3)  # the bad message reaches the kernel first
            if then == "execute":
                reply, out = t.execute("40 + 2", timeout=15)
                expect(reply["status"] == "ok", reply)
                expect(of_type(out, "execute_result")[0]["data"]["text/plain"] == "42", out)
            else:
                c = t.shell_reply(kc.kernel_info(), timeout=15)["content"]
                expect(c.get("status") == "ok", c)
        if sock.poll(1000):
            raise AssertionError("the raw socket got a reply: %r" % (sock.recv_multipart(),))
        sock.close()
    t.run("misframed messages (no <IDS|MSG>, too few frames) are dropped; the next request is answered", misframed_messages)

    def stdin():
        # input(...) and password(...) ask the front end (input_request on the stdin channel);
        # the cell gets what was typed.
        for helper, typed in (("input", "Ada"), ("password", "s3cret")):
            msg_id = kc.execute('String got = %s("Your %s: ");\ngot.length() + ":" + got' % (helper, helper), allow_stdin=True)
            request = kc.get_stdin_msg(timeout=REPLY_TIMEOUT)
            expect(request["msg_type"] == "input_request", request)
            expect(request["content"]["prompt"] == "Your %s: " % helper, request["content"])
            expect(request["content"]["password"] == (helper == "password"), request["content"])
            kc.input(typed)
            reply, out = t.collect(msg_id)
            expect(reply["status"] == "ok", reply)
            expect(of_type(out, "execute_result")[0]["data"]["text/plain"] == '"%d:%s"' % (len(typed), typed), out)
        reply, out = t.execute('input("x")', allow_stdin=False)
        expect(reply["status"] == "error" and "allow_stdin" in reply["evalue"], reply)
    t.run("stdin: input and password through input_request; refused without allow_stdin", stdin)

    def stop_on_error():
        # Two cells sent at once: the first fails after a moment, so the second is queued behind
        # it and is aborted (as ipykernel does) ...
        first = kc.execute("Thread.sleep(700);\nthrow new IllegalStateException(\"stop here\");")
        second = kc.execute("int afterError = 1;")
        r1 = t.shell_reply(first)["content"]
        r2 = t.shell_reply(second)["content"]
        expect(r1["status"] == "error" and r1["ename"] == "IllegalStateException", r1)
        expect(r2["status"] == "aborted", r2)
        reply, out = t.execute("afterError")
        expect(reply["status"] == "error", "the aborted cell ran: %r" % (reply,))
        # ... unless the failing cell was sent with stop_on_error=False
        first = kc.execute("Thread.sleep(700);\nthrow new IllegalStateException(\"go on\");", stop_on_error=False)
        second = kc.execute("int runsAnyway = 2;")
        r1 = t.shell_reply(first)["content"]
        r2 = t.shell_reply(second)["content"]
        expect(r1["status"] == "error", r1)
        expect(r2["status"] == "ok", r2)
        reply, out = t.execute("runsAnyway + 40")
        expect(of_type(out, "execute_result")[0]["data"]["text/plain"] == "42", out)
    t.run("stop_on_error: cells queued behind an error are aborted; not when it was sent with stop_on_error=False", stop_on_error)

    def shutdown():
        msg_id = kc.shutdown()
        c = kc.get_control_msg(timeout=REPLY_TIMEOUT)
        while c["parent_header"].get("msg_id") != msg_id:
            c = kc.get_control_msg(timeout=REPLY_TIMEOUT)
        expect(c["content"]["status"] == "ok" and c["content"]["restart"] is False, c["content"])
        deadline = time.monotonic() + 20
        while km.is_alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        expect(not km.is_alive(), "the kernel process is still running 20 s after shutdown_reply")
    t.run("shutdown: reply, then the process exits", shutdown)

    return finish(t, km, kc, home, "protocol")


if __name__ == "__main__":
    sys.exit(main())

"""What the *_test.py scripts share (this file is not a test script itself).

A temporary kernelspec over the shaded jar, made from install/kernelspec/kernel.json.in as
`install/jaxpresso kernel-install` makes it (the jar next to kernel.json, found through
{resource_dir}); the kernel started with jupyter_client on 127.0.0.1; bounded waits; each check
reported as `ok NAME` or `FAIL NAME: why`; an alarm that ends a run which would otherwise hang.
A script that imports this exits with 3 when jupyter_client is missing.
"""
import os
import shutil
import signal
import sys
import tempfile
import time
import traceback

REPLY_TIMEOUT = 60

try:
    from jupyter_client import KernelManager
except ImportError:
    print("SKIP: jupyter_client is not importable by " + sys.executable)
    sys.exit(3)


def arm_alarm(what, seconds):
    """Ends the process, saying so, when the run takes longer than seconds."""
    def on_alarm(signum, frame):
        print(f"FAIL: the {what} ran past {seconds} s")
        sys.stdout.flush()
        os._exit(1)
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)


def install_kernelspec(java, jar, template, name):
    """A temporary JUPYTER_PATH (returned) holding kernelspec `name` over jar; returns its folder."""
    home = tempfile.mkdtemp(prefix="jaxpresso-kernel-test-")
    spec_dir = os.path.join(home, "kernels", name)
    os.makedirs(spec_dir)
    shutil.copy(jar, os.path.join(spec_dir, "jaxpresso-kernel.jar"))
    with open(template) as f:
        spec = f.read().replace("@JAVA@", java).replace("@JAVA_VERSION@", "test")
    with open(os.path.join(spec_dir, "kernel.json"), "w") as f:
        f.write(spec)
    os.environ["JUPYTER_PATH"] = home
    os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(home, "runtime")
    os.environ["JUPYTER_DATA_DIR"] = os.path.join(home, "data")
    return home


def start_kernel(name):
    """Starts kernelspec `name`; returns (km, kc), or None after printing why it did not start."""
    km = KernelManager(kernel_name=name, ip="127.0.0.1", transport="tcp")
    started = time.monotonic()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=REPLY_TIMEOUT)
    except RuntimeError as e:
        print(f"FAIL start: {e!r}")
        km.shutdown_kernel(now=True)
        return None
    print("ok start (%.2f s to the first kernel_info_reply)" % (time.monotonic() - started))
    return km, kc


def finish(checks, km, kc, home, what):
    """Stops the kernel if it still runs, removes the kernelspec, prints the verdict; the exit status."""
    kc.stop_channels()
    if km.is_alive():
        km.shutdown_kernel(now=True)
    km.cleanup_resources()
    shutil.rmtree(home, ignore_errors=True)
    if checks.failures:
        print("FAILED: " + ", ".join(checks.failures))
        return 1
    print(f"all {what} checks passed")
    return 0


class Checks:
    def __init__(self, kc, km):
        self.kc = kc
        self.km = km
        self.failures = []

    def run(self, name, fn):
        try:
            fn()
            print("ok " + name)
        except Exception as e:  # noqa: BLE001 - report every failure, go on
            self.failures.append(name)
            print(f"FAIL {name}: {e!r}")
            traceback.print_exc(limit=3, file=sys.stdout)
        sys.stdout.flush()

    def execute(self, code, timeout=REPLY_TIMEOUT, **kwargs):
        """Runs code; returns (reply content, iopub messages of this request up to idle)."""
        msg_id = self.kc.execute(code, **kwargs)
        return self.collect(msg_id, timeout)

    def collect(self, msg_id, timeout=REPLY_TIMEOUT):
        deadline = time.monotonic() + timeout
        outputs = []
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError("no idle status for the request within %s s" % timeout)
            msg = self.kc.get_iopub_msg(timeout=remaining)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
            outputs.append(msg)
        reply = self.shell_reply(msg_id, max(1.0, deadline - time.monotonic()))
        return reply["content"], outputs

    def shell_reply(self, msg_id, timeout=REPLY_TIMEOUT):
        deadline = time.monotonic() + timeout
        while True:
            msg = self.kc.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") == msg_id:
                return msg


def of_type(outputs, msg_type):
    return [m["content"] for m in outputs if m["msg_type"] == msg_type]


def expect(cond, what):
    if not cond:
        raise AssertionError(what)

#!/usr/bin/python3
"""Debian's jupyter_kernel_test suite (python3-jupyter-kernel-test) against the real kernel.

Usage: kernel_test_suite_test.py JAVA KERNEL_JAR KERNEL_JSON_TEMPLATE

Installs a temporary "jaxpresso-suite" kernelspec made from the template (kernel_harness.py),
runs jupyter_kernel_test.KernelTests with our samples, prints `ok NAME`, `skip NAME:
why` or `FAIL NAME: why` per test, and ends with `all kernel test suite checks passed` (exit 0);
exits 1 on a failure, 3 when jupyter_kernel_test is missing. The suite skips a test whose sample
is empty: the pager, which the kernel does not offer yet.
"""
import sys
import unittest

from kernel_harness import arm_alarm, install_kernelspec

TOTAL_SECONDS = 300


def main():
    java, jar, template = sys.argv[1], sys.argv[2], sys.argv[3]
    try:
        import jupyter_kernel_test
    except ImportError:
        print("SKIP: jupyter_kernel_test is not importable by %s (apt-get install python3-jupyter-kernel-test)" % sys.executable)
        return 3
    arm_alarm("kernel test suite", TOTAL_SECONDS)
    install_kernelspec(java, jar, template, "jaxpresso-suite")
    jupyter_kernel_test.TIMEOUT = 60   # the first cell waits for JShell to start

    class JaxpressoKernelTests(jupyter_kernel_test.KernelTests):
        kernel_name = "jaxpresso-suite"
        language_name = "java"
        file_extension = ".jshell"
        code_hello_world = 'System.out.println("hello, world");'
        code_stderr = 'System.err.println("oops");'
        completion_samples = [
            {"text": "Jnp.arang", "matches": {"arange("}},
            {"text": "%lsmag", "matches": {"%lsmagic"}},
        ]
        complete_code_samples = ["1 + 1", "int a = 1;", "void f() { }", "%time 1 + 1"]
        incomplete_code_samples = ["void f() {", "int[] xs = {1,", "Jnp.arange("]
        invalid_code_samples = ["int a = 1; )"]
        code_generate_error = 'throw new IllegalStateException("boom");'
        code_execute_result = [
            {"code": "6 * 7", "result": "42"},
            {"code": "Jnp.arange(3)", "result": "Array([0, 1, 2], dtype=int32)"},
            {"code": "Jnp.arange(3)", "mime": "text/html"},
            {"code": "makeJaxpr((Fn1) x -> Jnp.sin(x), Jnp.ones(2))",
             "result": "{ lambda ; a:f32[2]. let b:f32[2] = sin a in (b,) }"},
        ]
        code_display_data = [
            {"code": "display(Jnp.ones(2));", "mime": "text/plain"},
            {"code": "display(Jnp.ones(2));", "mime": "text/html"},
        ]
        code_inspect_sample = "Jnp.sin"
        code_history_pattern = "6 *"
        supported_history_operations = ("tail", "range", "search")
        code_clear_output = "clearOutput();"

        def execute_helper(self, code, timeout=None, silent=False, store_history=True, stop_on_error=True):
            """As the suite's helper, checking the same things (reply, then busy, the cell's own
            execute_input, outputs, idle), but waiting up to 5 s for each iopub message instead
            of 0.1 s: iopub and shell are separate sockets, and on a loaded 2-core machine the
            cell's output can arrive that much after its reply (test_clear_output failed so)."""
            from jupyter_client.utils import run_sync
            from jupyter_kernel_test.msgspec_v5 import validate_message
            msg_id = self.kc.execute(code=code, silent=silent, store_history=store_history, stop_on_error=stop_on_error)
            reply = self.get_non_kernel_info_reply(timeout=timeout or jupyter_kernel_test.TIMEOUT)
            validate_message(reply, "execute_reply", msg_id)
            get = run_sync(self.kc.iopub_channel.get_msg)
            first = get(timeout=5)
            validate_message(first, "status", msg_id)
            self.assertEqual(first["content"]["execution_state"], "busy")
            outputs = []
            while True:
                msg = get(timeout=5)
                validate_message(msg, msg["msg_type"], msg_id)
                if msg["msg_type"] == "status":
                    self.assertEqual(msg["content"]["execution_state"], "idle")
                    return reply, outputs
                if msg["msg_type"] == "execute_input":
                    self.assertEqual(msg["content"]["code"], code)
                else:
                    outputs.append(msg)

    result = unittest.TestResult()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(JaxpressoKernelTests)
    suite.run(result)
    failed = {t.id(): why for t, why in result.failures + result.errors}
    skipped = {t.id(): why for t, why in result.skipped}
    for test in unittest.defaultTestLoader.loadTestsFromTestCase(JaxpressoKernelTests):
        name = test.id().rsplit(".", 1)[-1]
        if test.id() in failed:
            print("FAIL %s: %s" % (name, failed[test.id()].strip().splitlines()[-1]))
            print(failed[test.id()])
        elif test.id() in skipped:
            print("skip %s: %s" % (name, skipped[test.id()]))
        else:
            print("ok " + name)
    for t, why in result.failures + result.errors:
        if t.id() not in [x.id() for x in unittest.defaultTestLoader.loadTestsFromTestCase(JaxpressoKernelTests)]:
            print("FAIL %s: %s" % (t.id(), why))
    if not result.wasSuccessful():
        print("%d of %d suite tests failed" % (len(result.failures) + len(result.errors), result.testsRun))
        return 1
    print("all kernel test suite checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

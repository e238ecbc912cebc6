#!/usr/bin/python3
"""The kernel in a real browser: classic Notebook served on 127.0.0.1, driven by headless Chromium.

Usage: browser_check.py JAVA KERNEL_JAR KERNEL_JSON_TEMPLATE OUT_DIR

Installs a temporary kernelspec over the shaded jar (kernel_harness.install_kernelspec), writes a
small notebook, starts `jupyter notebook` (Notebook 6, Debian's jupyter-notebook) with a random
token, opens the notebook in Chromium through chromedriver (Debian's chromium, chromium-driver,
python3-selenium), chooses Cell > Run All and waits until every code cell has run and the kernel
is idle. Then it checks what the browser rendered: the Array's HTML table, the jaxpr's
highlighted spans (their computed colours, not just their markup), a printed line, the kernel's
name in the toolbar, and no error or stderr output areas. OUT_DIR receives notebook.png (a
screenshot, also taken when a check fails) and notebook.html (the rendered DOM).

Prints `ok NAME` or `FAIL NAME: why` per check and `all N browser checks passed` last; exits 1
on any failure, 3 when selenium, notebook or jupyter_client is missing (it is not a *_test.py:
KernelProtocolTest runs those, BrowserTest runs this one). Every wait is bounded, an alarm ends a
run that would otherwise hang, and the server, its kernel and the browser are stopped in any case.
"""
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request

from kernel_harness import expect, install_kernelspec

try:
    import selenium
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    import notebook
except ImportError as missing:
    print(f"SKIP: {missing.name} is not importable by {sys.executable}")
    sys.exit(3)

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
KERNEL_NAME = "jaxpresso-browser-test"
TOTAL_SECONDS = 240
SERVER_START_SECONDS = 60
PAGE_LOAD_SECONDS = 60
RUN_ALL_SECONDS = 120
WINDOW = (1200, 1000)

# (source, what the check after Run All looks for); the order is the notebook's.
CELLS = [
    "Jnp.arange(6).reshape(2, 3)",
    "makeJaxpr((Fn1) x -> Jnp.sin(x).mul(2.), Jnp.ones(3))",
    'System.out.println("printed from the browser: " + Jnp.arange(3).mul(10));',
    "Jnp.array(1.5, 2.5).sum().item()",
]


class RunTimeout(Exception):
    pass


def on_alarm(signum, frame):
    raise RunTimeout(f"the browser check ran past {TOTAL_SECONDS} s")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_notebook(folder):
    cells = [{"cell_type": "markdown", "id": "title", "metadata": {},
              "source": "# Jaxpresso in the browser\nEvery cell below is run by *Cell > Run All*."}]
    cells += [{"cell_type": "code", "id": f"cell{i}", "execution_count": None, "metadata": {}, "outputs": [], "source": c}
              for i, c in enumerate(CELLS)]
    nb = {
        "cells": cells,
        "metadata": {
            "kernelspec": {"name": KERNEL_NAME, "display_name": "Jaxpresso (Java test)", "language": "java"},
            "language_info": {"name": "java"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    with open(os.path.join(folder, "check.ipynb"), "w") as f:
        json.dump(nb, f, indent=1)


def wait_for(what, seconds, probe, interval=0.25):
    """Calls probe until it returns something truthy; fails saying what did not happen in time."""
    deadline = time.monotonic() + seconds
    last = None
    while time.monotonic() < deadline:
        last = probe()
        if last:
            return last
        time.sleep(interval)
    raise AssertionError(f"{what} did not happen within {seconds} s (last seen: {last!r})")


def api(base, token, path, method="GET"):
    request = urllib.request.Request(f"{base}{path}", method=method, headers={"Authorization": f"token {token}"})
    with urllib.request.urlopen(request, timeout=10) as response:
        body = response.read()
        return json.loads(body) if body else None


def start_server(notebook_dir, port, token, log):
    command = [sys.executable, "-m", "notebook", "--no-browser", "--ip=127.0.0.1", f"--port={port}",
               "--port-retries=0", f"--NotebookApp.token={token}", f"--notebook-dir={notebook_dir}"]
    if os.geteuid() == 0:
        command.append("--allow-root")
    return subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def stop_server(server, base, token):
    """Shuts the kernels down through the REST API, then the server (its process group)."""
    try:
        for kernel in api(base, token, "/api/kernels"):
            api(base, token, f"/api/kernels/{kernel['id']}", method="DELETE")
    except (OSError, urllib.error.URLError, ValueError):
        pass
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)


def start_browser(profile):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                f"--window-size={WINDOW[0]},{WINDOW[1]}", f"--user-data-dir={profile}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(PAGE_LOAD_SECONDS)
    driver.set_script_timeout(30)
    return driver


class Checks:
    def __init__(self):
        self.passed = 0
        self.failures = []

    def run(self, name, fn):
        try:
            fn()
            self.passed += 1
            print("ok " + name)
        except Exception as e:  # noqa: BLE001 - report every failure, go on
            self.failures.append(name)
            print(f"FAIL {name}: {getattr(e, 'msg', None) or e}")  # a WebDriverException's str carries the driver's stack
            traceback.print_tb(e.__traceback__, limit=3, file=sys.stdout)
        sys.stdout.flush()


# The code cells' prompts and outputs as the page holds them, read through the classic Notebook's JS.
CELL_STATE_JS = """
return Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code').map(c => ({
    prompt: c.input_prompt_number === undefined ? null : c.input_prompt_number,
    outputs: c.output_area.outputs.length}));
"""


def output_of(driver, index):
    """The output area element of the index-th code cell."""
    cells = driver.find_elements(By.CSS_SELECTOR, "#notebook-container .cell.code_cell")
    expect(len(cells) > index, f"the page shows {len(cells)} code cells, wanted at least {index + 1}")
    return cells[index].find_element(By.CSS_SELECTOR, ".output_wrapper .output")


def browser_checks(driver, url, t):
    def page_loads():
        driver.get(url)
        wait_for("the notebook's kernel connecting", PAGE_LOAD_SECONDS, lambda: driver.execute_script(
            "return !!(window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel"
            " && Jupyter.notebook.kernel.is_connected() && Jupyter.notebook.get_cells().length)"))
        shown = driver.find_element(By.CSS_SELECTOR, "#kernel_indicator .kernel_indicator_name").text
        expect(shown == "Jaxpresso (Java test)", f"the toolbar names kernel {shown!r}")
    t.run("the notebook opens and its Jaxpresso kernel connects", page_loads)
    if t.failures:
        return

    def run_all():
        driver.find_element(By.LINK_TEXT, "Cell").click()
        wait_for("the Cell menu opening", 10, lambda: driver.find_element(By.ID, "run_all_cells").is_displayed())
        driver.find_element(By.CSS_SELECTOR, "#run_all_cells > a").click()
        started = time.monotonic()

        seen = {}

        def all_ran():
            seen["cells"] = driver.execute_script(CELL_STATE_JS)
            seen["idle"] = driver.execute_script(
                "return document.querySelector('#kernel_indicator_icon').classList.contains('kernel_idle_icon')")
            return seen["idle"] and len(seen["cells"]) == len(CELLS) and all(isinstance(s["prompt"], int) for s in seen["cells"])
        try:
            wait_for("every code cell running to completion with the kernel idle", RUN_ALL_SECONDS, all_ran, interval=0.5)
        except AssertionError as e:
            raise AssertionError(f"{e}; the page shows {seen}") from None
        prompts = [s["prompt"] for s in driver.execute_script(CELL_STATE_JS)]
        expect(prompts == list(range(1, len(CELLS) + 1)), f"execution counts {prompts}, wanted 1..{len(CELLS)} in order")
        print("   (Run All took %.1f s)" % (time.monotonic() - started))
    t.run("Cell > Run All runs every cell in order", run_all)
    if t.failures:
        return

    def no_errors():
        errors = driver.find_elements(By.CSS_SELECTOR, ".output_error, .output_stderr")
        expect(not errors, "error output areas: " + " | ".join(e.text for e in errors))
        empty = [i for i in range(len(CELLS)) if not output_of(driver, i).find_elements(By.CSS_SELECTOR, ".output_subarea")]
        expect(not empty, f"code cells without output: {empty}")
    t.run("no cell shows an error or stderr output", no_errors)

    def array_table():
        area = output_of(driver, 0)
        html = area.find_element(By.CSS_SELECTOR, ".output_html .jaxpresso-array")
        expect("shape=(2, 3) dtype=int32" in html.text, f"the caption reads {html.text!r}")
        table = html.find_element(By.TAG_NAME, "table")
        rows = [[c.text for c in r.find_elements(By.CSS_SELECTOR, "th, td")] for r in table.find_elements(By.TAG_NAME, "tr")]
        expect(rows == [["", "0", "1", "2"], ["0", "0", "1", "2"], ["1", "3", "4", "5"]], f"the table reads {rows}")
        expect(table.size["width"] > 0 and table.size["height"] > 0, f"the table is not laid out: {table.size}")
    t.run("the Array renders as an HTML table with its shape and dtype", array_table)

    def jaxpr_highlighted():
        area = output_of(driver, 1)
        pre = area.find_element(By.CSS_SELECTOR, ".output_html pre.jaxpresso-jaxpr")
        want = "{ lambda ; a:f32[3]. let b:f32[3] = sin a; c:f32[3] = mul b 2.0:f32[] in (c,) }"  # short: one line, as JAX prints it
        expect(pre.text.strip() == want, f"the jaxpr reads {pre.text!r}")
        prims = pre.find_elements(By.CSS_SELECTOR, "span.jx-prim")
        expect([p.text for p in prims] == ["sin", "mul"], f"highlighted primitives {[p.text for p in prims]}")
        plain = pre.value_of_css_property("color")
        for span in prims + pre.find_elements(By.CSS_SELECTOR, "span.jx-kw, span.jx-type, span.jx-lit"):
            color = span.value_of_css_property("color")
            expect(color != plain, f"{span.get_attribute('class')} {span.text!r} has the plain text colour {color}")
        weight = prims[0].value_of_css_property("font-weight")
        expect(weight in ("bold", "700"), f"a primitive's font-weight is {weight}")
    t.run("the jaxpr renders highlighted (coloured keywords, types, bold primitives)", jaxpr_highlighted)

    def printed_line():
        area = output_of(driver, 2)
        text = area.find_element(By.CSS_SELECTOR, ".output_stdout").text
        expect(text.strip() == "printed from the browser: Array([ 0, 10, 20], dtype=int32)", f"stdout reads {text!r}")
        expect(not area.find_elements(By.CSS_SELECTOR, ".output_result"), "a statement has no result")
    t.run("a println shows as stdout text", printed_line)

    def plain_value():
        area = output_of(driver, 3)
        text = area.find_element(By.CSS_SELECTOR, ".output_result.output_text").text
        expect(text.strip() == "4.0", f"the result reads {text!r}")
        prompt = driver.find_elements(By.CSS_SELECTOR, "#notebook-container .cell.code_cell")[3] \
            .find_element(By.CSS_SELECTOR, ".output_prompt").text
        expect(prompt.replace("\u00a0", " ").strip() == "Out[4]:", f"the output prompt reads {prompt!r}")
    t.run("a plain value renders as text under Out[4]", plain_value)


def main():
    java, jar, template, out_dir = sys.argv[1:5]
    for tool in (CHROMIUM, CHROMEDRIVER):
        if not os.access(tool, os.X_OK):
            print(f"SKIP: {tool} is missing (apt-get install chromium chromium-driver)")
            return 3
    os.makedirs(out_dir, exist_ok=True)
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(TOTAL_SECONDS)
    print(f"selenium {selenium.__version__}, notebook {notebook.__version__}")

    home = install_kernelspec(java, jar, template, KERNEL_NAME)
    os.environ["JUPYTER_CONFIG_DIR"] = os.path.join(home, "config")
    work = os.path.join(home, "notebooks")
    os.makedirs(work)
    write_notebook(work)
    port, token = free_port(), secrets.token_hex(16)
    base = f"http://127.0.0.1:{port}"
    log_path = os.path.join(home, "server.log")
    t = Checks()
    server = driver = None
    log = open(log_path, "w")
    try:
        server = start_server(work, port, token, log)

        def server_up():
            def listed():
                if server.poll() is not None:
                    raise AssertionError(f"jupyter notebook exited with {server.returncode}")
                try:
                    return api(base, token, "/api/kernelspecs")
                except (OSError, urllib.error.URLError):
                    return None
            specs = wait_for("jupyter notebook answering on " + base, SERVER_START_SECONDS, listed)
            expect(KERNEL_NAME in specs["kernelspecs"], f"the server lists kernelspecs {sorted(specs['kernelspecs'])}")
        t.run("jupyter notebook serves on 127.0.0.1 and lists the kernelspec", server_up)
        if not t.failures:
            driver = start_browser(os.path.join(home, "chromium"))
            try:
                browser_checks(driver, f"{base}/notebooks/check.ipynb?token={token}", t)
            finally:
                try:
                    driver.save_screenshot(os.path.join(out_dir, "notebook.png"))
                    with open(os.path.join(out_dir, "notebook.html"), "w") as f:
                        f.write(driver.page_source)
                    print("screenshot: " + os.path.join(out_dir, "notebook.png"))
                except Exception as e:  # noqa: BLE001 - the verdict matters more than the picture
                    print(f"FAIL screenshot: {e}")
                    t.failures.append("screenshot")
    except RunTimeout as e:
        t.failures.append("time")
        print(f"FAIL: {e}")
    finally:
        signal.alarm(0)
        if driver is not None:
            driver.quit()
        if server is not None:
            stop_server(server, base, token)
        log.close()
        if t.failures:
            with open(log_path) as f:
                print("--- jupyter notebook's log (last 60 lines) ---")
                print("".join(f.readlines()[-60:]), end="")
        shutil.rmtree(home, ignore_errors=True)
    if t.failures:
        print("FAILED: " + ", ".join(t.failures))
        return 1
    print(f"all {t.passed} browser checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

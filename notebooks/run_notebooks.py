#!/usr/bin/python3
"""Executes the tutorial notebooks with the Jaxpresso kernel (nbclient), headless.

Usage: run_notebooks.py [--kernel-jar JAR --java JAVA --template KERNEL_JSON_IN]
                        [--check | --refresh | --out DIR] [NOTEBOOK ...]

Without --kernel-jar the installed "jaxpresso" kernelspec runs them (install/jaxpresso
kernel-install); with it, a temporary kernelspec made from the template, as the tests do.
  --check    fails when a notebook's stored outputs differ from a fresh run's (cells tagged
             "timing" are not compared: their numbers and plots vary from run to run)
  --refresh  writes the fresh outputs into the notebooks (after editing one, run this)
  --out DIR  writes the executed copies into DIR (the default: a temporary folder)
Every notebook runs top to bottom with no allowed errors; prints `ok NAME (S s)` or
`FAILED NAME: why` per notebook and exits 1 when any failed. Needs Debian's python3-nbclient,
python3-nbformat and python3-jupyter-client, run with /usr/bin/python3.
"""
import argparse
import difflib
import glob
import json
import os
import shutil
import sys
import tempfile
import time

try:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError
except ImportError as e:
    print("run_notebooks.py: %s is missing; install Debian's python3-nbclient python3-nbformat "
          "(apt-get install python3-nbclient python3-nbformat) and run with /usr/bin/python3" % e.name)
    sys.exit(3)

HERE = os.path.dirname(os.path.abspath(__file__))
CELL_TIMEOUT = 300
TIMING_TAG = "timing"


def temporary_kernelspec(jar, java, template):
    """A JUPYTER_PATH holding a "jaxpresso" kernelspec over jar, made as kernel-install makes it."""
    home = tempfile.mkdtemp(prefix="jaxpresso-notebooks-")
    spec_dir = os.path.join(home, "kernels", "jaxpresso")
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


def coalesce_streams(nb):
    """Joins consecutive stream outputs of the same name: how a cell's printing was cut into
    messages depends on timing, what it printed does not."""
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        merged = []
        for out in cell.get("outputs", []):
            if (out.output_type == "stream" and merged and merged[-1].output_type == "stream"
                    and merged[-1].name == out.name):
                merged[-1].text += out.text
            else:
                merged.append(out)
        cell.outputs = merged
    return nb


def comparable(nb):
    """Each code cell's outputs as stable text, timing cells and execution metadata left out."""
    cells = []
    for i, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if TIMING_TAG in cell.get("metadata", {}).get("tags", []):
            cells.append("[cell %d: timing, not compared]" % i)
            continue
        outs = []
        for out in cell.get("outputs", []):
            o = {k: v for k, v in out.items() if k not in ("metadata", "transient")}
            outs.append(json.dumps(o, sort_keys=True, indent=1, ensure_ascii=False))
        cells.append("[cell %d]\n%s\n%s" % (i, cell.source, "\n".join(outs)))
    return "\n".join(cells).splitlines()


def run(path, nb, kernel_name):
    """Executes nb (read from path) in place, in path's folder."""
    client = NotebookClient(nb, kernel_name=kernel_name, timeout=CELL_TIMEOUT, allow_errors=False,
                            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}})
    client.execute()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kernel-jar")
    ap.add_argument("--java")
    ap.add_argument("--template")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true")
    mode.add_argument("--refresh", action="store_true")
    mode.add_argument("--out")
    ap.add_argument("notebooks", nargs="*")
    args = ap.parse_args()

    if args.kernel_jar:
        if not (args.java and args.template):
            ap.error("--kernel-jar needs --java and --template")
        temporary_kernelspec(args.kernel_jar, args.java, args.template)
    paths = args.notebooks or sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]-*.ipynb")))
    if not paths:
        print("run_notebooks.py: no notebooks found in " + HERE)
        return 1
    out_dir = args.out or (None if (args.check or args.refresh) else tempfile.mkdtemp(prefix="jaxpresso-executed-"))
    failed = []
    for path in paths:
        name = os.path.basename(path)
        started = time.monotonic()
        stored = nbformat.read(path, as_version=4)
        fresh = nbformat.read(path, as_version=4)
        try:
            run(path, fresh, "jaxpresso")
            coalesce_streams(fresh)
        except CellExecutionError as e:
            failed.append(name)
            print("FAILED %s: a cell raised an error:\n%s" % (name, str(e)[-3000:]))
            if out_dir:
                nbformat.write(fresh, os.path.join(out_dir, name))
                print("(the notebook as far as it ran: %s)" % os.path.join(out_dir, name))
            continue
        except Exception as e:  # noqa: BLE001 - report the notebook, go on with the others
            failed.append(name)
            print("FAILED %s: %r" % (name, e))
            continue
        seconds = time.monotonic() - started
        if args.check:
            a, b = comparable(coalesce_streams(stored)), comparable(fresh)
            if a != b:
                failed.append(name)
                diff = "\n".join(list(difflib.unified_diff(a, b, "stored", "fresh", lineterm="", n=2))[:80])
                print("FAILED %s: its stored outputs are stale (re-run notebooks/run_notebooks.py --refresh):\n%s"
                      % (name, diff))
                continue
        elif args.refresh:
            nbformat.write(fresh, path)
        else:
            nbformat.write(fresh, os.path.join(out_dir, name))
        print("ok %s (%.1f s)" % (name, seconds))
        sys.stdout.flush()
    if out_dir and not args.check and not args.refresh:
        print("executed copies in " + out_dir)
    if failed:
        print("%d of %d notebooks failed: %s" % (len(failed), len(paths), ", ".join(failed)))
        return 1
    print("all %d notebooks ran" % len(paths) + (" and their stored outputs are current" if args.check else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())

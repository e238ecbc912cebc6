#!/usr/bin/env bash
# Runs the JMH benchmarks, then the numpy peer on the same machine, and prints one comparison
# table (also written to bench/target/results/summary.txt). Sized for a 2-core machine: about
# three minutes. Called by `install/jaxpresso bench`, which builds bench/target/benchmarks.jar.
# Extra arguments go to JMH (e.g. a benchmark regexp: bench/run.sh Elementwise).
set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JAR=$BENCH/target/benchmarks.jar
OUT=$BENCH/target/results
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
PYTHON=/usr/bin/python3
[[ -x $PYTHON ]] || PYTHON=python3

[[ -f $JAR ]] || { echo "bench/run.sh: $JAR is missing; build it with install/jaxpresso bench" >&2; exit 1; }
"$PYTHON" -c 'import numpy' 2>/dev/null || { echo "bench/run.sh: $PYTHON has no numpy (apt-get install python3-numpy)" >&2; exit 1; }
mkdir -p "$OUT"

# 2 forks x (3 warm-up + 3 measured) iterations of 1 s per benchmark (eager vmap needs the third
# warm-up second for the JIT to settle on 2 cores; the per-example convolve
# loop takes about a second a call, so its iterations hold one or two calls each).
echo "JMH (log: $OUT/jmh.log)"
"$JAVA" -jar "$JAR" -f 2 -wi 3 -i 3 -w 1s -r 1s -rf json -rff "$OUT/jmh.json" "$@" 2>&1 |
    tee "$OUT/jmh.log" | grep --line-buffered -E '^# Benchmark:|^# Run complete|Exception|Error:' || true
[[ -s $OUT/jmh.json ]] || { echo "bench/run.sh: JMH wrote no results; see $OUT/jmh.log" >&2; exit 1; }

echo "numpy"
"$PYTHON" "$BENCH/numpy_peer.py" --jmh "$OUT/jmh.json" --json "$OUT/numpy.json" --summary "$OUT/summary.txt" --summary-json "$OUT/summary.json"
echo "Summary written to $OUT/summary.txt and $OUT/summary.json"

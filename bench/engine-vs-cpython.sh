#!/usr/bin/env bash
# The engine (trace off, JMH) and CPython on the same programs, side by side.
# Usage: bench/engine-vs-cpython.sh [program ...]   (default: every bench/programs/*.py)
# Needs python3 (CPython 3.11) on the PATH and Maven Central reachable for JMH the first time.
set -euo pipefail
cd "$(dirname "$0")/.."

programs=("$@")
if [ ${#programs[@]} -eq 0 ]; then
    for f in bench/programs/*.py; do programs+=("$(basename "$f" .py)"); done
fi
mkdir -p target
json=target/jmh-engine.json

# The engine: JMH average time per whole run, in ms.
./mvnw -q -Pbenchmarks -DskipTests compile exec:exec \
    -Djmh.args="EngineBenchmark -p program=$(IFS=,; echo "${programs[*]}") -rf json -rff $json" >&2

# CPython: the median of 5 runs of each program inside one interpreter (start-up excluded),
# each run in a fresh namespace, as the engine starts each run afresh.
cpython_ms() {
    python3 - "$1" <<'PY'
import io, contextlib, gc, runpy, statistics, sys, time
path = sys.argv[1]
times = []
for _ in range(5):
    gc.collect()
    start = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        runpy.run_path(path, run_name="__main__")
    times.append((time.perf_counter() - start) * 1000)
print(f"{statistics.median(times):.1f}")
PY
}

printf '%-10s %14s %14s %10s\n' program "engine ms" "CPython ms" "ratio"
for p in "${programs[@]}"; do
    engine=$(python3 -c "import json,sys; r=[b for b in json.load(open('$json')) if b['params']['program']=='$p']; print(f\"{r[0]['primaryMetric']['score']:.1f}\")")
    cpython=$(cpython_ms "bench/programs/$p.py")
    ratio=$(python3 -c "print(f'{$engine/$cpython:.1f}x')")
    printf '%-10s %14s %14s %10s\n' "$p" "$engine" "$cpython" "$ratio"
done
echo "python3: $(python3 --version 2>&1); java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"

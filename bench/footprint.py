#!/usr/bin/env python3
"""Start-up, first lab run and memory under load of one Studyhall launch (docs/benchmarks.md, issue 18).

    bench/footprint.py [--port 8100] [--seconds 30] [--java-opts "..."] -- java ... -jar target/studyhall-*.jar

Runs the command given after `--` in a fresh data folder (embedded H2, demo data on) with the JVM
options, and prints one line each for:
  - start-up: JVM launch until the readiness probe says UP (after the demo data is loaded), in wall
    seconds and in CPU seconds the process spent (the steadier figure on a shared machine);
  - the first "Run in lab": sign the demo learner in, then time the first POST /api/simulations;
  - load: `wrk -t2 -c32` for --seconds over the learner pages of bench/learner-pages.lua, with
    requests per second, p50 / p99 and CPU milliseconds per request (from /proc/<pid>/stat);
  - RSS after the load, and its peak.
The load average is printed beside each figure. Needs wrk; Python 3 standard library only.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
side_by_side = __import__("side-by-side")

HZ = os.sysconf("SC_CLK_TCK")


def load():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / HZ


def memory_mb(pid, key):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1]) // 1024
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8100)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--cwd", help="where to launch (a class-data archive names its jar by the path it was trained with)")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = [part for part in args.command if part != "--"]
    if not command:
        sys.exit("give the launch command after --")
    base = f"http://localhost:{args.port}"
    side_by_side.BASE = base
    data = tempfile.mkdtemp(prefix="footprint-")
    command += [f"--server.port={args.port}", f"--app.storage.dir={data}/files",
                f"--spring.datasource.url=jdbc:h2:file:{data}/studyhall;QUERY_CACHE_SIZE=64"]
    began = time.monotonic()
    process = subprocess.Popen(command, stdout=open(os.path.join(data, "app.log"), "w"), stderr=subprocess.STDOUT,
                               cwd=args.cwd)
    try:
        while True:
            if process.poll() is not None:
                sys.exit(f"the application exited; see {data}/app.log")
            try:
                with urllib.request.urlopen(base + "/actuator/health/readiness", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.1)
        print(f"start-up to ready: {time.monotonic() - began:.1f} s wall, {cpu_seconds(process.pid):.1f} s CPU, "
              f"RSS {memory_mb(process.pid, 'VmRSS')} MB (load {load()})", flush=True)

        learner = side_by_side.Learner()
        learner.log_in("learner@example.com", "learner-pass-2026")
        _, page = learner.get("/lab")
        header = re.search(r'name="_csrf_header" content="([^"]+)"', page).group(1)
        token = re.search(r'name="_csrf" content="([^"]+)"', page).group(1)
        body = json.dumps({"code": "a = []\nb = [a]\na.append(b)\ndel a\ndel b\nimport gc\nprint(gc.collect())\n"})
        request = urllib.request.Request(base + "/api/simulations", data=body.encode(), method="POST",
                                         headers={"Content-Type": "application/json", header: token})
        asked = time.monotonic()
        with learner.opener.open(request, timeout=120) as response:
            response.read()
            status = response.status
        print(f"first lab run ({time.monotonic() - began:.1f} s after launch): {status} in "
              f"{(time.monotonic() - asked) * 1000:.0f} ms (load {load()})", flush=True)

        env = dict(os.environ, COOKIE=learner.cookie())
        wrk = ["wrk", "-t2", "-c32", "--timeout", "60s", "-s", "bench/learner-pages.lua"]
        subprocess.run(wrk + [f"-d{args.warmup}s", base], env=env, capture_output=True, check=True)
        before = cpu_seconds(process.pid)
        out = subprocess.run(wrk + ["--latency", f"-d{args.seconds}s", base], env=env, capture_output=True,
                             text=True, check=True).stdout
        spent = cpu_seconds(process.pid) - before
        requests = int(re.search(r"(\d+) requests in", out).group(1))
        rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
        p50 = side_by_side.millis(re.search(r"\s50%\s+(\S+)", out).group(1))
        p99 = side_by_side.millis(re.search(r"\s99%\s+(\S+)", out).group(1))
        statuses = re.search(r"Status classes:.*", out).group(0)
        print(f"learner pages, wrk -t2 -c32 {args.seconds} s: {rate:,.0f} req/s, p50 {p50:.0f} / p99 {p99:.0f} ms, "
              f"{spent * 1000 / requests:.2f} CPU ms per request; {statuses} (load {load()})")
        print(f"RSS after load: {memory_mb(process.pid, 'VmRSS')} MB, peak {memory_mb(process.pid, 'VmHWM')} MB "
              f"(load {load()})", flush=True)
    finally:
        side_by_side.stop(process, data)


if __name__ == "__main__":
    main()

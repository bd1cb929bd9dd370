#!/usr/bin/env python3
"""Start-up alone, a few starts of one jar, with the CPU each thread spent (docs/benchmarks.md, issue 18).

    bench/startup.py JAR [--app studyhall|petclinic] [--starts 2] [--jvm "-XX:TieredStopAtLevel=1"]
                     [--args "--app.demo-data=false"] [--aot-cache] [--spring-aot] [--steps 12]
                     [--training on-refresh|through-ready]

Runs the jar as bench/side-by-side.py does (extracted, a class-data archive from a training run, the
Dockerfile's JVM options, a fresh data folder per start) and prints, per start, the seconds from launch
to ready (Studyhall's readiness probe, PetClinic's home page), the application's own "Started … in",
the process's CPU seconds and those of its busiest threads at that moment (main, C2, C1: what the start
waits for against what runs beside it). --jvm adds JVM options to the timed starts only (not to the
training run), --args application arguments; --aot-cache trains and uses a JDK 24+ AOT cache
(-XX:AOTCacheOutput / -XX:AOTCache) instead of the class-data archive; --spring-aot runs the training
run and the starts with -Dspring.aot.enabled=true (the jar's Spring AOT code, as the Dockerfile does);
--steps N prints, after each start, the N start-up steps (bean creations, context phases) that took
longest by their own time, as Studyhall records them with -Dstudyhall.startup-steps (observability.StartupSteps);
--training picks how the class-data training run exercises the app (bench/side-by-side.py's Training).
"""
import argparse
import collections
import glob
import importlib.util
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.request

spec = importlib.util.spec_from_file_location("side_by_side", os.path.join(os.path.dirname(__file__), "side-by-side.py"))
side = importlib.util.module_from_spec(spec)
spec.loader.exec_module(side)


def thread_cpu(pid):
    """CPU seconds per thread name (digits dropped, so the compiler threads add up) of a running process."""
    per = collections.Counter()
    tick = os.sysconf("SC_CLK_TCK")
    for task in glob.glob(f"/proc/{pid}/task/*"):
        try:
            with open(task + "/comm") as comm, open(task + "/stat") as stat:
                name = re.sub(r"[0-9]+$", "", comm.read().strip())
                fields = stat.read().rsplit(")", 1)[1].split()
            per[name] += (int(fields[11]) + int(fields[12])) / tick
        except OSError:
            pass  # the thread ended while we read
    return per


def print_steps(path, count):
    """The slowest steps by own time; the application writes them once ready, which may be a moment after."""
    for _ in range(100):
        if os.path.exists(path):
            break
        time.sleep(0.05)
    else:
        print("    (no start-up steps written: a Studyhall jar older than observability.StartupSteps?)")
        return
    with open(path) as lines:
        for line in [line for line in lines if not line.startswith("#")][:count]:
            print("    " + line.rstrip())


def prepared(jar, args, java_opts, training):
    folder = os.path.join(tempfile.mkdtemp(prefix="startup-"), "app")
    if not args.aot_cache:
        return side.with_class_data(jar, java_opts, training, folder)
    subprocess.run(["java", "-Djarmode=tools", "-jar", os.path.abspath(jar), "extract", "--destination", folder],
                   check=True, capture_output=True)
    subprocess.run(["java", *java_opts.split(), "-XX:AOTCacheOutput=app.aot", "-Dspring.context.exit=onRefresh",
                    "-jar", os.path.basename(jar), *training.args], cwd=folder, check=True, capture_output=True)
    return folder, f"{java_opts} -XX:AOTCache=app.aot"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("jar")
    parser.add_argument("--app", choices=("studyhall", "petclinic"), default="studyhall")
    parser.add_argument("--starts", type=int, default=2)
    parser.add_argument("--jvm", default="")
    parser.add_argument("--args", default="")
    parser.add_argument("--aot-cache", action="store_true")
    parser.add_argument("--spring-aot", action="store_true")
    parser.add_argument("--steps", type=int, default=0)
    parser.add_argument("--training", choices=("on-refresh", "through-ready"), default="on-refresh")
    args = parser.parse_args()
    if args.app == "studyhall":
        training = side.studyhall_training(args.training)
        ready = "/actuator/health/readiness"

        def extra(data):
            return [f"--spring.datasource.url=jdbc:h2:file:{data}/studyhall;QUERY_CACHE_SIZE=64",
                    f"--app.storage.dir={data}/files"]
    else:
        training, ready = side.petclinic_training(args.training), "/"

        def extra(data):
            return []
    base_opts = side.DOCKERFILE_JAVA_OPTS + (" -Dspring.aot.enabled=true" if args.spring_aot else "")
    folder, java_opts = prepared(args.jar, args, base_opts, training)
    for start in range(args.starts):
        data = tempfile.mkdtemp(prefix="startup-data-")
        steps = os.path.join(data, "steps.txt")
        recording = [f"-Dstudyhall.startup-steps={steps}"] if args.steps else []
        command = ["java", *java_opts.split(), *args.jvm.split(), *recording, "-jar", os.path.basename(args.jar),
                   f"--server.port={side.PORT}", *extra(data), *args.args.split()]
        began = time.monotonic()
        with open(os.path.join(data, "app.log"), "w") as log:
            process = subprocess.Popen(command, cwd=folder, stdout=log, stderr=subprocess.STDOUT)
        while True:
            if process.poll() is not None:
                raise SystemExit(f"the application exited during start-up; see {data}/app.log")
            if time.monotonic() - began > 300:
                side.stop(process)
                raise SystemExit(f"not ready within 300 s; see {data}/app.log")
            try:
                with urllib.request.urlopen(side.BASE + ready, timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.05)
        seconds = time.monotonic() - began
        threads = thread_cpu(process.pid)
        side.stop(process)
        with open(os.path.join(data, "app.log")) as log:
            started = re.findall(r"Started \S+ in ([\d.]+) seconds", log.read())
        busiest = ", ".join(f"{name} {cpu:.1f}" for name, cpu in threads.most_common(5))
        print(f"start {start + 1}: ready {seconds:.2f} s, Started in {started[0] if started else '?'} s, "
              f"CPU {sum(threads.values()):.1f} s ({busiest}), load {os.getloadavg()[0]:.1f}", flush=True)
        if args.steps:
            print_steps(steps, args.steps)
        shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()

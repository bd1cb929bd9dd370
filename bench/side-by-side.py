#!/usr/bin/env python3
"""Studyhall and Spring PetClinic side by side on this machine (docs/benchmarks.md, issue 18).

    bench/side-by-side.py --petclinic /path/to/spring-petclinic.jar [--studyhall target/studyhall-*.jar]
                          [--warmup 20] [--duration 15] [--first-pass 5] [--connections 32] [--java-opts "..."]
                          [--class-data studyhall|both|none] [--training on-refresh|through-ready]

One application at a time, the same `java` and JVM options (by default the Dockerfile's), each on its
embedded H2 database with a fresh data folder; Studyhall as its image runs it (extracted, with a
class-data archive from a training run taken before the clock starts), PetClinic with `java -jar`
unless --class-data both: start it, time the start-up (JVM launch to the first 200 of its home page, for
Studyhall of its readiness probe; Studyhall loads its demo data after that, so the time until the demo
learner is signed in with the flagship course on "My learning" is printed too), load every page for --first-pass
seconds (the JIT's first compilations, not one page's), then warm
each page up with wrk for --warmup seconds, then measure it for --duration seconds
(`wrk -t2 -c32 --latency`), read the resident memory after the load, stop it; Studyhall is then started
once more on the same data folder and timed again (a restart after a deploy). Then print the table:
each Studyhall learner page beside the PetClinic page it is compared with, req/s · p50 / p99 ms,
and the ratio of requests per second. Needs wrk and curl; Python 3 standard library only.
"""
import argparse
import glob
import http.cookiejar
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request

PORT = 8090
# The Dockerfile's JAVA_TOOL_OPTIONS and the pom's studyhall.jvm-options (ClassDataSharingSettingsTests
# keeps the three equal), so both apps run with the settings Studyhall is deployed with.
DOCKERFILE_JAVA_OPTS = "-XX:+UseSerialGC -Xmx320m -Xss512k -XX:ReservedCodeCacheSize=80m"
BASE = f"http://localhost:{PORT}"
COURSE = "/courses/python-memory-management"
SECTION = COURSE + "/reference-counting-and-garbage-collection"

# Each learner page, and the PetClinic page it is held against: the closest in kind and weight
# (the pairs first; PetClinic has no more pages, so the rest pair with the nearest kind).
PAIRS = [
    ("catalog /", "/", "/"),
    ("course page", COURSE, "/owners/1"),
    ("section page (learner)", SECTION, "/owners?lastName="),
    ("/my", "/my", "/vets.html"),
    ("/review", "/review", "/vets.html"),
    ("cram", SECTION + "/cram", "/owners?lastName="),
    ("test start page", SECTION + "/test", "/owners/1"),
    ("open attempt", "{attempt}", "/owners/1"),
    ("/lab", "/lab", "/"),
    ("game page", SECTION + "/games/memory-match", "/owners/1"),
]


def log(text):
    print(text, file=sys.stderr, flush=True)


class Training:
    """How a class-data training run exercises an app. on-refresh (the image's way, the default): the JVM
    exits once the context is refreshed (Spring's -Dspring.context.exit=onRefresh, the buildpacks' way), so what the web server's
    start, the first requests and the work begun at readiness load is read from jars at every start.
    through-ready: the app starts as it will run, answers its readiness path, loads each page of the
    list a few times, waits until settled_path answers 200 (Studyhall's demo courses, loaded after
    readiness) and, when given, until its log shows log_marker (the lab's warm-up), and is then stopped
    with SIGTERM; the JVM writes the archive as it exits. Measured on 7 December 2026 (docs/benchmarks.md):
    PetClinic starts about 0.2 s sooner from such an archive, Studyhall about 0.5 s later, so the image
    keeps on-refresh."""

    def __init__(self, args, ready_path="/", pages=(), settled_path=None, log_marker=None, mode="on-refresh"):
        self.args, self.ready_path, self.pages = list(args), ready_path, list(pages)
        self.settled_path, self.log_marker, self.mode = settled_path, log_marker, mode


def studyhall_training(mode):
    """Studyhall's training run: through readiness on a new file database (the demo data and the lab's
    warm-up run after readiness, so waiting for them archives what they load), or the image's old way."""
    folder = tempfile.mkdtemp(prefix="training-")
    if mode == "on-refresh":
        return Training(["--spring.datasource.url=jdbc:h2:mem:training", "--app.demo-data=false",
                         "--app.lab.warm-up=false", f"--app.storage.dir={folder}/files"], mode=mode)
    return Training([f"--spring.datasource.url=jdbc:h2:file:{folder}/studyhall", f"--app.storage.dir={folder}/files"],
                    "/actuator/health/readiness", ["/", "/lab", COURSE, SECTION, "/login", "/signup"],
                    settled_path=COURSE, log_marker="Lab engine warmed up", mode=mode)


def petclinic_training(mode):
    return Training([], "/", ["/", "/owners/1", "/vets.html", "/owners?lastName=", "/owners/find"], mode=mode)


def answers(path, timeout=5):
    try:
        with urllib.request.urlopen(BASE + path, timeout=timeout) as response:
            response.read()
            return response.status == 200
    except OSError:
        return False


def with_class_data(jar, java_opts, training, folder):
    """The Dockerfile's way to run a jar: extracted (the application jar beside lib/), with a
    class-data archive from a training run (see Training). Returns the folder to launch in and the JVM
    options that use the archive (it names the jar by the relative path it was trained with, so the
    application must be launched from that folder)."""
    subprocess.run(["java", "-Djarmode=tools", "-jar", os.path.abspath(jar), "extract", "--destination", folder],
                   check=True, capture_output=True)
    name = os.path.basename(jar)
    log(f"class-data training run of {name} ({training.mode})")
    archive = ["java", *java_opts.split(), "-XX:ArchiveClassesAtExit=app.jsa"]
    if training.mode == "on-refresh":
        subprocess.run([*archive, "-Dspring.context.exit=onRefresh", "-jar", name, *training.args],
                       cwd=folder, check=True, capture_output=True)
        return folder, f"{java_opts} -XX:SharedArchiveFile=app.jsa"
    output = os.path.join(folder, "training.log")
    with open(output, "w") as out:
        process = subprocess.Popen([*archive, "-jar", name, f"--server.port={PORT}", *training.args],
                                   cwd=folder, stdout=out, stderr=subprocess.STDOUT)
    began = time.monotonic()

    def wait_for(done, what):
        while not done():
            if process.poll() is not None:
                sys.exit(f"the training run of {name} exited before {what}; see {output}")
            if time.monotonic() - began > 300:
                stop(process)
                sys.exit(f"the training run of {name} did not reach {what} within 300 s; see {output}")
            time.sleep(0.2)

    wait_for(lambda: answers(training.ready_path), "readiness")
    if training.settled_path:
        wait_for(lambda: answers(training.settled_path), training.settled_path)
    for _ in range(3):
        for page in training.pages:
            answers(page)
    if training.log_marker:
        wait_for(lambda: training.log_marker in open(output, errors="replace").read(), repr(training.log_marker))
    # The JVM writes the archive as it exits, which takes a while (over 30 s on a busy machine): stop()
    # would kill it.
    process.send_signal(signal.SIGTERM)
    process.wait(300)
    if not os.path.exists(os.path.join(folder, "app.jsa")):
        sys.exit(f"the training run of {name} wrote no archive; see {output}")
    return folder, f"{java_opts} -XX:SharedArchiveFile=app.jsa"


def start(jar, java_opts, extra, ready_path="/", training=None):
    """Starts a jar on a fresh data folder; with a Training, as the Dockerfile runs it (with_class_data).
    Returns the process, the seconds to ready, the data folder and a function that starts the same
    command again on the same folder (a restart after a deploy: the data is already there)."""
    data = tempfile.mkdtemp(prefix="side-by-side-")
    cwd = None
    if training is not None:
        cwd, java_opts = with_class_data(jar, java_opts, training, os.path.join(data, "app"))
        jar = os.path.basename(jar)
    command = ["java", *java_opts.split(), "-jar", jar, f"--server.port={PORT}", *extra(data)]

    def launch():
        began = time.monotonic()
        process = subprocess.Popen(command, cwd=cwd or data, stdout=open(os.path.join(data, "app.log"), "a"),
                                   stderr=subprocess.STDOUT)
        while time.monotonic() - began < 300:
            if process.poll() is not None:
                sys.exit(f"{jar} exited during start-up; see {data}/app.log")
            try:
                with urllib.request.urlopen(BASE + ready_path, timeout=2) as response:
                    if response.status == 200:
                        return process, time.monotonic() - began
            except OSError:
                time.sleep(0.1)
        sys.exit(f"{jar} did not answer within 300 s")

    process, startup = launch()
    return process, startup, data, launch


def stop(process, data=None):
    """Stops the app and, given its data folder, removes it."""
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()
    if data:
        shutil.rmtree(data, ignore_errors=True)


def rss_mb(process):
    with open(f"/proc/{process.pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    return 0


def millis(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(url, seconds, connections, cookie=None, latency=True):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s"]
    if latency:
        command.append("--latency")
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    out = subprocess.run(command + [url], capture_output=True, text=True, check=True).stdout
    if not latency:
        return None
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p50 = millis(re.search(r"\s50%\s+(\S+)", out).group(1))
    p99 = millis(re.search(r"\s99%\s+(\S+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket = re.search(r"Socket errors: (.*)", out)
    return {"rate": rate, "p50": p50, "p99": p99,
            "errors": (int(errors.group(1)) if errors else 0), "socket": socket.group(1) if socket else ""}


def first_pass(urls, args, cookie=None):
    """Every page of the app for --first-pass seconds each before any is measured. Right after the start
    the JIT is still compiling (and Studyhall's lab warm-up runs), so without it the first page measured
    paid for the whole application's warm-up: 0.68x PetClinic on 6 December, then 2.7x alone a minute later."""
    for url in urls:
        if args.first_pass > 0:
            wrk(url, args.first_pass, args.connections, cookie, latency=False)


def measure(url, args, cookie=None):
    wrk(url, args.warmup, args.connections, cookie, latency=False)
    return wrk(url, args.duration, args.connections, cookie)


class Learner:
    """The demo learner's session, with its cookie header for wrk."""

    def __init__(self):
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path):
        with self.opener.open(BASE + path, timeout=30) as response:
            return response.geturl(), response.read().decode()

    def post_form(self, path, page, action_suffix, fields=None):
        form = re.search(r'<form[^>]*action="[^"]*' + re.escape(action_suffix) + r'"[^>]*>(.*?)</form>', page, re.S)
        data = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form.group(1)))
        data.update(fields or {})
        body = urllib.parse.urlencode(data).encode()
        with self.opener.open(urllib.request.Request(BASE + path, data=body), timeout=30) as response:
            return response.geturl(), response.read().decode()

    def log_in(self, email, password):
        if not self.try_log_in(email, password):
            sys.exit("could not sign the demo learner in")

    def try_log_in(self, email, password):
        _, page = self.get("/login")
        self.post_form("/login", page, "/login", {"username": email, "password": password})
        url, _ = self.get("/my")
        return url.endswith("/my")

    def log_in_once_there(self, email, password, within=120):
        """Signs in once the demo data is all there (it is loaded after readiness: the users first, then
        the courses, then the learner's enrolment in the flagship); the seconds waited."""
        began = time.monotonic()
        while not (self.try_log_in(email, password) and "Python Memory Management" in self.get("/my")[1]):
            if time.monotonic() - began > within:
                sys.exit(f"the demo data was not there within {within} s of readiness")
            time.sleep(0.1)
        return time.monotonic() - began

    def open_attempt(self):
        url, page = self.get(SECTION + "/test")
        if "/attempts/" not in page:
            url, page = self.post_form(SECTION + "/test", page, "/test")
        match = re.search(r"(/attempts/\d+)", url) or re.search(r'href="(/attempts/\d+)"', page)
        return match.group(1)

    def cookie(self):
        return "; ".join(f"{c.name}={c.value}" for c in self.jar)


def studyhall(args):
    def extra(data):
        return [f"--spring.datasource.url=jdbc:h2:file:{data}/studyhall;QUERY_CACHE_SIZE=64",
                f"--app.storage.dir={data}/files", "--app.signup.attempts-per-address=1000"]

    # Ready is the readiness probe's 200; the demo data is loaded on a thread of its own after that.
    training = studyhall_training(args.training) if args.class_data in ("studyhall", "both") else None
    # As the image runs it: the jar's Spring AOT code (the bean graph worked out at build time).
    java_opts = args.java_opts + ("" if args.no_spring_aot else " -Dspring.aot.enabled=true")
    process, startup, data, launch = start(args.studyhall, java_opts, extra, "/actuator/health/readiness", training)
    log(f"Studyhall up in {startup:.1f} s")
    try:
        learner = Learner()
        demo = startup + learner.log_in_once_there("learner@example.com", "learner-pass-2026")
        log(f"Studyhall's demo data there {demo:.1f} s after launch")
        attempt = learner.open_attempt()
        first_pass([BASE + path.format(attempt=attempt) for _, path, _ in PAIRS], args, learner.cookie())
        rows = {}
        for name, path, _ in PAIRS:
            path = path.format(attempt=attempt)
            log(f"  Studyhall {name}: {path}")
            rows[name] = measure(BASE + path, args, None if path == "/" else learner.cookie())
        rss = rss_mb(process)
        # Started again on the data of the first run, as after a deploy: migrations and demo data are in place.
        stop(process)
        process, restart = launch()
        log(f"Studyhall up again in {restart:.1f} s")
        return startup, demo, restart, rows, rss
    finally:
        stop(process, data)


def petclinic(args):
    training = petclinic_training(args.training) if args.class_data == "both" else None
    process, startup, data, _ = start(args.petclinic, args.java_opts, lambda data: [], "/", training)
    log(f"PetClinic up in {startup:.1f} s")
    try:
        first_pass([BASE + path for path in dict.fromkeys(pc for _, _, pc in PAIRS)], args)
        rows = {}
        for path in dict.fromkeys(pc for _, _, pc in PAIRS):
            log(f"  PetClinic {path}")
            rows[path] = measure(BASE + path, args)
        return startup, rows, rss_mb(process)
    finally:
        stop(process, data)


def ratio(row, other):
    return f"{row['rate'] / other['rate']:.2f}×" if other["rate"] else "—"


def cell(row):
    return f"{row['rate']:,.0f} · {row['p50']:.0f} / {row['p99']:.0f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--petclinic", required=True, help="a Spring PetClinic jar (./mvnw package in its repository)")
    parser.add_argument("--studyhall", default=(sorted(glob.glob("target/studyhall-*.jar")) or [None])[0])
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--duration", type=int, default=15)
    parser.add_argument("--first-pass", type=int, default=5,
                        help="seconds of load on every page before the first is measured (0: none)")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--java-opts", default=os.environ.get("JAVA_OPTS", DOCKERFILE_JAVA_OPTS))
    parser.add_argument("--class-data", choices=("studyhall", "both", "none"), default="studyhall",
                        help="which app runs as the Dockerfile runs Studyhall: extracted, with a class-data "
                             "archive from a training run (default: Studyhall, as its image does; PetClinic as "
                             "its README runs it, java -jar)")
    parser.add_argument("--training", choices=("on-refresh", "through-ready"), default="on-refresh",
                        help="how the class-data training run exercises each app (bench/side-by-side.py's Training)")
    parser.add_argument("--no-spring-aot", action="store_true",
                        help="run Studyhall without its Spring AOT code (-Dspring.aot.enabled=true otherwise, as its image)")
    args = parser.parse_args()
    if not args.studyhall:
        sys.exit("no Studyhall jar: run ./mvnw package -DskipTests first or pass --studyhall")
    with open("/proc/loadavg") as load:
        log(f"load before: {load.read().strip()}")

    sh_start, sh_demo, sh_restart, sh_rows, sh_rss = studyhall(args)
    pc_start, pc_rows, pc_rss = petclinic(args)

    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores, "
          f"load {open('/proc/loadavg').read().split()[0]}, java opts '{args.java_opts}', "
          f"wrk -t2 -c{args.connections}, {args.first_pass} s first pass on every page, {args.warmup} s warm-up, "
          f"{args.duration} s measured")
    print("| Studyhall page | req/s · p50 / p99 ms | PetClinic page | req/s · p50 / p99 ms | ratio |")
    print("|---|---|---|---|---|")
    for name, _, pc in PAIRS:
        sh, other = sh_rows[name], pc_rows[pc]
        flag = "" if sh["errors"] == 0 else f" ({sh['errors']} non-2xx)"
        print(f"| {name} | {cell(sh)}{flag} | `{pc}` | {cell(other)} | {ratio(sh, other)} |")
    print(f"| start-up (JVM launch to ready) | {sh_start:.1f} s | | {pc_start:.1f} s | |")
    # PetClinic's data is in place when its home page answers; Studyhall's demo data comes after readiness.
    print(f"| launch to the demo data loaded (a new install) | {sh_demo:.1f} s | | {pc_start:.1f} s | |")
    # PetClinic keeps its data in memory: each of its starts loads it afresh, so it has no second figure.
    print(f"| start-up again on the same data (a restart) | {sh_restart:.1f} s | | {pc_start:.1f} s | |")
    print(f"| RSS after load | {sh_rss} MB | | {pc_rss} MB | |")


if __name__ == "__main__":
    main()

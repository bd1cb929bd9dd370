# A generator pipeline over log lines: read -> parse -> filter -> window averages, lazily.
LOG = """\
2024-03-01 10:00:01 GET /index.html 200 512
2024-03-01 10:00:03 GET /about.html 200 1024
2024-03-01 10:00:04 POST /login 302 0
2024-03-01 10:00:09 GET /missing 404 128
2024-03-01 10:00:12 GET /index.html 200 498
2024-03-01 10:00:15 GET /img/logo.png 200 20480
2024-03-01 10:00:15 GET /api/data 500 64
2024-03-01 10:00:21 GET /index.html 304 0
"""

trace = []


def read_lines(text):
    for line in text.splitlines():
        trace.append("read")
        yield line


def parse(lines):
    for line in lines:
        date, time, method, path, status, size = line.split()
        trace.append("parse")
        yield {"time": time, "method": method, "path": path, "status": int(status), "size": int(size)}


def only(records, pred):
    return (r for r in records if pred(r))


def window(values, n):
    buf = []
    for v in values:
        buf.append(v)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield sum(buf) / n


pipeline = parse(read_lines(LOG))
print(type(pipeline).__name__, trace)
first = next(pipeline)
print(first, trace)
ok = only(pipeline, lambda r: r["status"] < 400)
sizes = (r["size"] for r in ok)
print([f"{a:.1f}" for a in window(sizes, 3)])
print(len(trace), trace.count("read"), trace.count("parse"))
errors = [r["path"] for r in parse(read_lines(LOG)) if r["status"] >= 400]
print("errors:", errors)
by_status = {}
for r in parse(read_lines(LOG)):
    by_status.setdefault(r["status"] // 100 * 100, []).append(r["path"])
for k, v in sorted(by_status.items()):
    print(f"{k}s: {len(v)} {v}")
total = sum(r["size"] for r in parse(read_lines(LOG)))
print(f"total bytes {total:,} = {total / 1024:.2f} KiB")
gen = read_lines("a\nb")
print(list(gen), list(gen))

import re
from collections import Counter, defaultdict

LOG = """\
192.168.1.10 - - [10/Mar/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - alice [10/Mar/2024:13:56:01 +0000] "POST /api/login HTTP/1.1" 302 512
192.168.1.10 - - [10/Mar/2024:13:57:12 +0000] "GET /images/logo.png HTTP/1.1" 200 10432
172.16.0.9 - - [10/Mar/2024:14:01:44 +0000] "GET /missing HTTP/1.1" 404 128
10.0.0.5 - alice [10/Mar/2024:14:02:03 +0000] "GET /api/items?page=2&sort=asc HTTP/1.1" 200 7781
this line is garbage
172.16.0.9 - bob [10/Mar/2024:14:05:59 +0000] "DELETE /api/items/17 HTTP/1.1" 500 0
192.168.1.10 - - [10/Mar/2024:14:06:00 +0000] "GET /index.html HTTP/1.1" 304 -
"""

LINE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - (?P<user>\S+) '
    r'\[(?P<day>\d{2})/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]+) [+-]\d{4}\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+|-)'
)

hits = []
bad = []
for number, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad.append(number)
        continue
    row = m.groupdict()
    row["status"] = int(row["status"])
    row["size"] = 0 if row["size"] == "-" else int(row["size"])
    hits.append(row)
print(f"{len(hits)} hits, unparsable lines: {bad}")
first = LINE.match(LOG)
print(first.group("ip", "method"), first.span("path"), first.start("status"), first.lastgroup)
print("by status:", sorted(Counter(h["status"] for h in hits).items()))
print("bytes by ip:", dict(sorted(Counter({h["ip"]: 0 for h in hits}) + Counter())), end=" ")
traffic = defaultdict(int)
for h in hits:
    traffic[h["ip"]] += h["size"]
print(dict(sorted(traffic.items(), key=lambda kv: -kv[1])))
users = sorted({h["user"] for h in hits} - {"-"})
print("users:", users)
errors = [f"{h['time']} {h['method']} {h['path']} -> {h['status']}" for h in hits if h["status"] >= 400]
print("errors:", errors)
query = re.search(r"\?(.*)$", hits[4]["path"]).group(1)
print("query:", dict(pair.split("=") for pair in query.split("&")))
print("findall ips:", re.findall(r"^\S+", LOG, flags=re.M)[:4])
print("sub:", re.sub(r"\d+\.\d+\.\d+\.(\d+)", r"x.x.x.\1", LOG.splitlines()[0]))
print("sub fn:", re.sub(r"\b(\d{3})\b", lambda m: f"<{m.group(1)}>", '"GET / HTTP/1.1" 200 4096'))
print("split:", re.split(r"[\s,;]+", "a, b;c  d,,e"), re.split(r"(-)", "2024-03-10"))
times = [m.group(0) for m in re.finditer(r"\d{2}:\d{2}:\d{2}", LOG)]
print("finditer:", times[0], times[-1], len(times))
print("fullmatch:", bool(re.fullmatch(r"[A-Z]+", "GET")), bool(re.fullmatch(r"[A-Z]+", "GETx")))
pat = re.compile(r"(\w+)@(\w+)\.com", re.I)
print(pat.sub(r"\2 at \1", "Mail ALICE@Example.com or bob@site.COM"), pat.pattern, pat.groups)
print("escape:", re.escape("1+1=2?"), "subn:", re.subn(r"o", "0", "foo boo"))

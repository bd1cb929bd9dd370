import re

LOG = """\
192.168.0.1 - - [10/Oct/2023:13:55:36] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - - [10/Oct/2023:13:56:01] "POST /login HTTP/1.1" 302 512
192.168.0.1 - - [10/Oct/2023:13:57:12] "GET /images/logo.png HTTP/1.1" 200 10240
172.16.4.20 - - [10/Oct/2023:14:01:44] "GET /admin HTTP/1.1" 403 199
10.0.0.5 - - [10/Oct/2023:14:02:09] "GET /index.html HTTP/1.1" 200 2326
garbage line here
192.168.0.1 - - [10/Oct/2023:14:03:50] "GET /missing HTTP/1.1" 404 0
"""

PATTERN = re.compile(
    r'(?P<ip>\d+(?:\.\d+){3}) - - \[(?P<when>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<size>\d+)'
)

hits = []
for line in LOG.splitlines():
    m = PATTERN.match(line)
    if not m:
        print("unparsed:", line)
        continue
    rec = m.groupdict()
    rec["status"] = int(rec["status"])
    rec["size"] = int(rec["size"])
    hits.append(rec)

print(len(hits), "requests")
by_ip = {}
for h in hits:
    by_ip[h["ip"]] = by_ip.get(h["ip"], 0) + h["size"]
for ip, size in sorted(by_ip.items(), key=lambda kv: -kv[1]):
    print(f"{ip:<15} {size:>7,} bytes")
errors = [h for h in hits if h["status"] >= 400]
print("errors:", [(h["path"], h["status"]) for h in errors])
print(re.findall(r"\d{2}:\d{2}:\d{2}", LOG)[:3])
print(re.sub(r"(\d+)\.(\d+)\.\d+\.\d+", r"\1.\2.x.x", "from 192.168.0.1 and 10.0.0.5"))
print(re.split(r"[;,\s]+", "a, b;c  d,,e"))
m = re.search(r"(?i)post\s+(/\w+)", LOG)
print(m.group(0), m.group(1), m.span(1))
print(bool(re.fullmatch(r"[a-z_]\w*", "valid_name1")), bool(re.fullmatch(r"[a-z_]\w*", "1bad")))
emails = "ana@example.com, bad@, ben.smith@mail.co.uk"
print(re.findall(r"[\w.]+@[\w]+(?:\.[\w]+)+", emails))
print(PATTERN.groups, PATTERN.pattern.count("?P<"))

import re
from collections import Counter, defaultdict

log = """\
2024-03-01 10:00:01 INFO  user=ann action=login
2024-03-01 10:02:17 WARN  user=bob action=login attempts=3
2024-03-01 10:05:44 INFO  user=ann action=upload size=2048
2024-03-01 10:06:02 ERROR user=cy action=upload size=999999
2024-03-01 10:09:30 INFO  user=bob action=logout
2024-03-01 10:10:00 ERROR user=ann action=delete
"""
pattern = re.compile(r"(\S+) (\S+) (\w+)\s+(.*)")
levels = Counter()
by_user = defaultdict(list)
for line in log.splitlines():
    m = pattern.match(line)
    if not m:
        continue
    date, time, level, rest = m.groups()
    fields = dict(kv.split("=") for kv in rest.split())
    levels[level] += 1
    by_user[fields["user"]].append((time[:5], fields["action"]))
print(levels.most_common())
for user in sorted(by_user):
    acts = ", ".join(f"{t} {a}" for t, a in by_user[user])
    print(f"{user:>4}: {acts}")
sizes = [int(s) for s in re.findall(r"size=(\d+)", log)]
print(sizes, f"{sum(sizes) / 1024:.1f} KiB")
errors = [l.split(maxsplit=3)[3] for l in log.splitlines() if " ERROR " in l]
print(errors)

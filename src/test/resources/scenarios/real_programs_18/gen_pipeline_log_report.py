# A generator pipeline over log lines, with yield from, send and a lazy take.
LOG = """2024-03-01 10:00:01 INFO  user=ana action=login
2024-03-01 10:02:17 WARN  user=bo action=retry
2024-03-01 10:03:00 ERROR user=bo action=upload size=12MB
2024-03-01 10:05:42 INFO  user=cy action=login
2024-03-01 10:06:10 ERROR user=ana action=delete
2024-03-01 10:09:55 INFO  user=ana action=logout"""

def lines(text):
    yield from text.splitlines()

def parse(rows):
    for row in rows:
        date, time, level, *pairs = row.split()
        record = dict(p.split("=", 1) for p in pairs)
        record.update(time=time, level=level)
        yield record

def only(level, records):
    return (r for r in records if r["level"] == level)

def take(n, it):
    for i, x in enumerate(it):
        if i == n:
            return
        yield x

errors = list(only("ERROR", parse(lines(LOG))))
print([(e["time"], e["user"]) for e in errors])
print(list(take(2, (r["user"] for r in parse(lines(LOG))))))

def running_count():
    counts = {}
    while True:
        user = yield counts
        counts[user] = counts.get(user, 0) + 1

counter = running_count()
next(counter)
for r in parse(lines(LOG)):
    snapshot = counter.send(r["user"])
print(snapshot)
counter.close()
levels = {}
for r in parse(lines(LOG)):
    levels.setdefault(r["level"], []).append(r["action"])
print(levels)
g = parse(lines(LOG))
print(next(g)["action"], next(g)["action"], sum(1 for _ in g))
try:
    next(g)
except StopIteration:
    print("exhausted")
def chunked(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print([len(c) for c in chunked(lines(LOG), 4)])

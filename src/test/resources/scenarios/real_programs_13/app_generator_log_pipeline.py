LOG = """\
2024-01-01 10:00 INFO  web  started
2024-01-01 10:01 WARN  db   slow query 120ms
2024-01-01 10:02 ERROR web  timeout /api/users
2024-01-01 10:03 INFO  db   vacuum done
2024-01-01 10:04 ERROR db   deadlock
bad line
2024-01-01 10:05 ERROR web  timeout /api/orders
2024-01-01 10:06 WARN  web  retry
"""

def lines(text):
    for line in text.splitlines():
        yield line

def parse(rows):
    for row in rows:
        parts = row.split(None, 4)
        if len(parts) < 5:
            print("skipping:", repr(row))
            continue
        date, time, level, service, msg = parts
        yield {"time": time, "level": level, "service": service, "msg": msg}

def only(level, records):
    return (r for r in records if r["level"] == level)

def numbered(records, start=1):
    yield from enumerate(records, start)

pipeline = numbered(only("ERROR", parse(lines(LOG))))
for n, rec in pipeline:
    print(n, rec["time"], rec["service"], rec["msg"])
per_service = {}
for rec in parse(lines(LOG)):
    per_service.setdefault(rec["service"], []).append(rec["level"])
print({k: len(v) for k, v in sorted(per_service.items())})

LOG = """\
09:00 INFO start
09:01 WARN disk 81%
09:02 INFO tick
09:05 ERROR disk full
09:06 INFO tick
09:07 ERROR net down
09:09 WARN disk 90%"""

def lines(text):
    for line in text.splitlines():
        yield line

def parse(rows):
    for row in rows:
        time, level, msg = row.split(" ", 2)
        yield {"time": time, "level": level, "msg": msg}

def only(level, records):
    return (r for r in records if r["level"] == level)

def numbered(records, start=1):
    for n, r in enumerate(records, start):
        yield f"{n}. [{r['time']}] {r['msg']}"

pipeline = numbered(only("ERROR", parse(lines(LOG))))
print(type(pipeline).__name__)
for out in pipeline:
    print(out)
levels = {}
for r in parse(lines(LOG)):
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(levels)
print(next(only("DEBUG", parse(lines(LOG))), "no debug lines"))

LOG = """2024-01-03 10:00:01 INFO  server started
2024-01-03 10:00:05 WARN  disk 81% full
2024-01-03 10:01:10 ERROR db timeout after 30s
2024-01-03 10:02:00 INFO  request /home 200
2024-01-03 10:02:01 INFO  request /login 302
2024-01-03 10:02:07 ERROR request /admin 500
2024-01-03 10:03:00 WARN  disk 85% full
2024-01-03 10:04:12 INFO  request /home 200"""

def read_lines(text):
    for lineno, line in enumerate(text.splitlines(), 1):
        yield lineno, line

def parse(lines):
    for no, line in lines:
        date, time, level, msg = line.split(maxsplit=3)
        yield {"no": no, "time": time, "level": level, "msg": msg}

def only(levels, records):
    return (r for r in records if r["level"] in levels)

def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

pipeline = only({"ERROR", "WARN"}, parse(read_lines(LOG)))
print(type(pipeline).__name__)
for rec in take(3, pipeline):
    print(f"#{rec['no']:<2} {rec['time']} [{rec['level']:^5}] {rec['msg']}")
rest = list(pipeline)
print("left in pipeline:", [r["no"] for r in rest])
levels = {}
for rec in parse(read_lines(LOG)):
    levels[rec["level"]] = levels.get(rec["level"], 0) + 1
print(levels)
requests = (r["msg"].split() for r in parse(read_lines(LOG)) if r["msg"].startswith("request"))
codes = [int(parts[2]) for parts in requests]
print("codes:", codes, "errors:", sum(c >= 500 for c in codes))
gen = read_lines(LOG)
print(next(gen)[0], next(gen)[0])
gen.close()
print(next(gen, "exhausted"))

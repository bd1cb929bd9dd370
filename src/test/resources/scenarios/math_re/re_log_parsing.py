# Parsing log lines with named groups: groupdict, group by name, lastgroup.
import re
import gc

LINE = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d\d:\d\d:\d\d) \[(?P<level>[A-Z]+)\] (?P<msg>.*)")
log = """2024-01-05 10:15:00 [INFO] server started
2024-01-05 10:16:12 [WARN] disk 91% full
garbage line
2024-01-05 10:17:40 [ERROR] failed to open /var/data.db
2024-01-06 00:00:01 [INFO] rotated"""
levels = {}
for line in log.splitlines():
    m = LINE.match(line)
    if m is None:
        print("skip:", line)
        continue
    d = m.groupdict()
    levels[d["level"]] = levels.get(d["level"], 0) + 1
    print(m.group("date"), m["time"], m.group("level", "msg"), m.lastgroup, m.lastindex, m.span("msg"))
print(levels, LINE.groups, LINE.pattern[:20], LINE.flags)
m = LINE.search(log)
print(m, gc.is_tracked(m), gc.is_tracked(LINE), m.re is LINE, m.string is log, m.pos, m.endpos)
print(type(m).__name__, type(LINE).__name__, repr(LINE)[:30])

# An INI-style config parser: sections, key/value pairs, comments, with compiled patterns.
import re

SECTION = re.compile(r"^\s*\[([^\]]+)\]\s*$")
PAIR = re.compile(r"^\s*([A-Za-z_][\w.]*)\s*[=:]\s*(.*?)\s*$")
COMMENT = re.compile(r"^\s*(#|;|$)")
config = """
# database settings
[database]
host = localhost
port: 5432
name = app_db   ; inline kept

[server]
workers=4
debug = true
bad line here
"""
data = {}
current = None
for n, line in enumerate(config.splitlines(), 1):
    if COMMENT.match(line):
        continue
    m = SECTION.match(line)
    if m:
        current = data.setdefault(m.group(1), {})
        continue
    m = PAIR.match(line)
    if m and current is not None:
        current[m.group(1)] = m.group(2)
    else:
        print(f"line {n}: cannot parse {line!r}")
print(data)
ints = {k: int(v) for sec in data.values() for k, v in sec.items() if re.fullmatch(r"\d+", v)}
print(ints, SECTION.groups, PAIR.groups, COMMENT.pattern)

import io

DATA = """name,dept,salary,start
Alice,Engineering,120000,2019-03-01
Bob,Marketing,85000,2020-07-15
"Carol, Jr.",Engineering,135000,2017-11-30
Dan,Sales,70000,2021-01-04
Eve,Marketing,92000,2018-05-20
"""

def split_row(line):
    fields, cur, quoted = [], "", False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            fields.append(cur)
            cur = ""
        else:
            cur += ch
    fields.append(cur)
    return fields


def quote(field):
    field = str(field)
    if any(c in field for c in ',"\n'):
        return '"' + field.replace('"', '""') + '"'
    return field


lines = io.StringIO(DATA).read().splitlines()
fieldnames = split_row(lines[0])
rows = [dict(zip(fieldnames, split_row(line))) for line in lines[1:] if line]
print(fieldnames)
print(rows[2]["name"], len(rows))
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(int(r["salary"]))
for dept, sal in sorted(by_dept.items()):
    print("%-12s n=%d avg=%9.2f max=%d" % (dept, len(sal), sum(sal) / len(sal), max(sal)))
senior = sorted(rows, key=lambda r: r["start"])[:2]
print([r["name"] for r in senior])
out = io.StringIO()
out.write(",".join(map(quote, ["dept", "total"])) + "\n")
for dept in sorted(by_dept):
    out.write(",".join(map(quote, [dept, sum(by_dept[dept])])) + "\n")
out.write(",".join(map(quote, ["quote, \"test\"", 1])) + "\n")
print(out.getvalue(), end="")

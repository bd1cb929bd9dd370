def parse_line(line):
    fields, cur, quoted, i = [], "", False, 0
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and i + 1 < len(line) and line[i + 1] == '"':
                cur += '"'
                i += 1
            elif ch == '"':
                quoted = False
            else:
                cur += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append(cur)
            cur = ""
        else:
            cur += ch
        i += 1
    if quoted:
        raise ValueError(f"unclosed quote in {line!r}")
    fields.append(cur)
    return fields

data = '''name,city,quote
Ada,"London, UK","Numbers ""dance"""
Linus,Helsinki,
"Grace",,"Bugs, moths"
Bad,"oops'''
rows = []
for n, line in enumerate(data.splitlines(), 1):
    try:
        rows.append(parse_line(line))
    except ValueError as e:
        print(f"line {n}: {e}")
header, *records = rows
for rec in records:
    print(dict(zip(header, rec)))
print("widths:", [max(len(r[i]) for r in rows) for i in range(len(header))])

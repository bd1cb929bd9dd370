def parse_row(line, lineno):
    fields = line.split(",")
    try:
        return fields[0].strip(), int(fields[1])
    except (IndexError, ValueError) as e:
        e.add_note(f"while parsing line {lineno}: {line!r}")
        raise

rows = ["apples, 3", "pears, x", "plums"]
for n, row in enumerate(rows, 1):
    try:
        print(parse_row(row, n))
    except Exception as err:
        print(type(err).__name__, err, err.__notes__)

class AppError(Exception):
    def __str__(self):
        return f"[app] {super().__str__()}"

def lookup(table, key):
    try:
        return table[key]
    except KeyError as k:
        raise AppError(f"lookup of {key!r} failed") from k

for table in ({"missing": 1}, {}):
    try:
        print("found", lookup(table, "missing"))
    except AppError as e:
        print(e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)

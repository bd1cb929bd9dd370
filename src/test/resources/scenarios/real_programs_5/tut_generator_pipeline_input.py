def read_lines():
    while True:
        try:
            line = input()
        except EOFError:
            return
        yield line

def strip_comments(lines):
    without = (text.partition("#")[0].strip() for text in lines)
    return filter(None, without)

def parse(lines):
    for n, line in enumerate(lines, 1):
        parts = line.split(",")
        if len(parts) != 3:
            print(f"skipping bad record {n}: {line!r}")
            continue
        city, month, temp = (p.strip() for p in parts)
        try:
            yield city, month, float(temp)
        except ValueError:
            print(f"bad temperature {temp!r} in record {n}")

def group_by_city(records):
    groups = {}
    for city, month, temp in records:
        groups.setdefault(city, []).append((month, temp))
    return groups

groups = group_by_city(parse(strip_comments(read_lines())))
print(f"{'city':<10}{'n':>3}{'min':>7}{'max':>7}{'mean':>8}")
for city in sorted(groups):
    temps = [t for _, t in groups[city]]
    print(f"{city:<10}{len(temps):>3}{min(temps):>7.1f}{max(temps):>7.1f}{sum(temps) / len(temps):>8.2f}")
hottest = max((t, c, m) for c, rows in groups.items() for m, t in rows)
print("hottest: {1} in {2} at {0}".format(*hottest))

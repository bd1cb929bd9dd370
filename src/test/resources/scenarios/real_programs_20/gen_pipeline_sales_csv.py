RAW = """\
date,region,product,units,price
2024-01-03,north,widget,4,2.50
2024-01-03,south,gadget,1,12.00
# a comment line
2024-01-04,north,gadget,2,12.00
2024-01-04,east,widget,,2.50
2024-01-05,south,widget,10,2.25
2024-01-05,east,gizmo,3,7.75

2024-01-06,north,widget,6,2.50
2024-01-06,south,gizmo,x,7.75
2024-01-07,east,gadget,2,11.50
"""


def read_lines(text):
    for number, line in enumerate(text.splitlines(), start=1):
        yield number, line


def skip_noise(lines):
    for number, line in lines:
        if line.strip() and not line.startswith("#"):
            yield number, line


def parse(lines, problems):
    header = None
    for number, line in lines:
        fields = line.split(",")
        if header is None:
            header = fields
            continue
        row = dict(zip(header, fields))
        try:
            row["units"] = int(row["units"])
            row["price"] = float(row["price"])
        except ValueError as e:
            problems.append((number, str(e)))
            continue
        yield row


def with_revenue(rows):
    for row in rows:
        row["revenue"] = row["units"] * row["price"]
        yield row


def running_total(rows):
    total = 0.0
    for row in rows:
        total += row["revenue"]
        yield row, total


problems = []
pipeline = running_total(with_revenue(parse(skip_noise(read_lines(RAW)), problems)))
print(type(pipeline).__name__, "nothing read yet:", problems)
print(f"{'date':<11}{'region':<7}{'product':<8}{'units':>5}{'revenue':>9}{'total':>9}")
by_region = {}
for row, total in pipeline:
    by_region[row["region"]] = by_region.get(row["region"], 0) + row["revenue"]
    print(f"{row['date']:<11}{row['region']:<7}{row['product']:<8}{row['units']:>5}{row['revenue']:>9.2f}{total:>9.2f}")
print("skipped:")
for number, why in problems:
    print(f"  line {number}: {why}")
print("by region:", {k: round(v, 2) for k, v in sorted(by_region.items())})
units = (row["units"] for row in parse(skip_noise(read_lines(RAW)), []))
print("max units:", max(units))
best = max(with_revenue(parse(skip_noise(read_lines(RAW)), [])), key=lambda r: r["revenue"])
print("best sale:", best["date"], best["product"], best["revenue"])
products = sorted({row["product"] for row in parse(skip_noise(read_lines(RAW)), [])})
print("products:", products)
gen = read_lines("a\nb")
print(next(gen), next(gen), next(gen, "done"))

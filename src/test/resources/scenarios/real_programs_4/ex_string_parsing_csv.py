raw = """name,dept,salary,start
  Ana Silva , eng , 85000, 2019-03-01
Bo Chen,ops,62000,2021-07-15
Cy Dune,eng,91000,2017-11-30
Di Evans , sales,55000 ,2022-01-10
"""

lines = raw.strip().splitlines()
header = [h.strip() for h in lines[0].split(",")]
rows = []
for line in lines[1:]:
    fields = [f.strip() for f in line.split(",")]
    rec = dict(zip(header, fields))
    rec["salary"] = int(rec["salary"])
    rec["year"] = int(rec["start"].split("-")[0])
    rows.append(rec)

depts = {}
for r in rows:
    depts.setdefault(r["dept"], []).append(r)
for dept, people in sorted(depts.items()):
    avg = sum(p["salary"] for p in people) / len(people)
    names = ", ".join(p["name"].split()[0] for p in people)
    print(f"{dept.upper():<6}{len(people)} people  avg {avg:>9,.0f}  ({names})")
senior = min(rows, key=lambda r: r["start"])
print("longest serving:", senior["name"], senior["year"])
initials = ["".join(w[0] for w in r["name"].split()) for r in rows]
print(initials, "|".join(h.title() for h in header))

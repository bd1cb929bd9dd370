import gc
from collections import namedtuple, OrderedDict


Record = namedtuple("Record", "name house year score")

RAW = """harry,gryff,2,78
hermione,gryff,2,99
draco,slyth,2,81
luna,raven,1,88
cedric,huff,4,84
ginny,gryff,1,80"""

gc.collect()
records = [Record(n, h, int(y), int(s)) for n, h, y, s in (line.split(",") for line in RAW.splitlines())]
print(records[1])
print(records[1]._asdict())
houses = OrderedDict()
for r in sorted(records, key=lambda r: r.house):
    houses.setdefault(r.house, []).append(r.score)
for house, scores in houses.items():
    print(f"{house:<7}{len(scores):>2} avg {sum(scores) / len(scores):6.2f}")
top = max(records, key=lambda r: r.score)
print("top:", top.name, top._replace(score=100))
print("by year:", {y: [r.name for r in records if r.year == y] for y in sorted({r.year for r in records})})
print(Record._fields, Record._make(["x", "y", 3, 4]))
print("count:", gc.get_count())

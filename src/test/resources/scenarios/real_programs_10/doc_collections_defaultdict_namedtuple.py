from collections import defaultdict, namedtuple, OrderedDict

s = [("yellow", 1), ("blue", 2), ("yellow", 3), ("blue", 4), ("red", 1)]
d = defaultdict(list)
for k, v in s:
    d[k].append(v)
print(sorted(d.items()))
s = "mississippi"
d = defaultdict(int)
for k in s:
    d[k] += 1
print(sorted(d.items()))

def constant_factory(value):
    return lambda: value
d = defaultdict(constant_factory("<missing>"))
d.update(name="John", action="ran")
print("%(name)s %(action)s to %(object)s" % d)

s = [("red", 1), ("blue", 2), ("red", 3), ("blue", 4), ("red", 1), ("blue", 4)]
d = defaultdict(set)
for k, v in s:
    d[k].add(v)
print(sorted((k, sorted(v)) for k, v in d.items()))

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p[0] + p[1], p, p._asdict())
x, y = p
print(x, y, p._replace(x=33), Point._make([1, 2]), Point._fields)
Point3 = namedtuple("Point3", Point._fields + ("z",), defaults=[0])
print(Point3(1, 2), Point3._field_defaults)
EmployeeRecord = namedtuple("EmployeeRecord", "name, age, title, department, paygrade")
rec = EmployeeRecord("Ann", 34, "eng", "R&D", 7)
print(rec.title, getattr(rec, "department"))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
print("".join(od))
od.move_to_end("b", last=False)
print("".join(od), od.popitem(last=False))

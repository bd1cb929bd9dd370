from collections import namedtuple, OrderedDict, Counter, deque
import sys

Point = namedtuple("Point", "x y")
City = namedtuple("City", ["name", "pop", "loc"], defaults=[None])
p = Point(3, 4)
print(p, p.x + p.y, p._asdict(), p._replace(y=0))
cities = [City("Oslo", 709_000, Point(10, 59)), City("Rome", 2_873_000), City("Lima", 10_092_000, Point(-77, -12))]
for c in sorted(cities, key=lambda c: c.pop, reverse=True):
    print(f"{c.name:<6}{c.pop:>12,}  {c.loc}")
print(City._fields, City._field_defaults)
print(sys.getsizeof(p) == sys.getsizeof((3, 4)))
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
od["b"] += 5
print(list(od.items()), od.popitem(last=False))
votes = Counter("abacabadab")
print(votes.most_common(2), votes["z"], sum(votes.values()))
window = deque(maxlen=3)
for n in range(6):
    window.append(n)
    print(list(window), end=" ")
print()

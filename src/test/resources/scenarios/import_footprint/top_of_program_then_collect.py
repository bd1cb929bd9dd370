# Imports at the top of the program, then gc.collect(): from there every count is the lab's own
import gc, json, heapq, copy
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

gc.collect()
print(gc.get_count())
ps = [Point(i, i) for i in range(5)]
print(gc.get_count(), copy.deepcopy(ps[1]), json.dumps([p.x for p in ps]))
gc.collect()
print(gc.get_count(), heapq.nlargest(2, [p.y for p in ps]))

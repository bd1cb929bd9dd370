# "Brief Tour of the Standard Library - Part II": weak references, containers, decimal-free floats.
import weakref, gc
from array import array
from collections import deque
import bisect
from heapq import heapify, heappop, heappush
import math

class A:
    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return str(self.value)

a = A(10)
d = weakref.WeakValueDictionary()
d['primary'] = a
print(d['primary'])
del a
print(gc.collect())
try:
    d['primary']
except KeyError as e:
    print("KeyError:", e)

a = array('H', [4000, 10, 700, 22222])
print(sum(a), a[1:3])

d = deque(["task1", "task2", "task3"])
d.append("task4")
print("Handling", d.popleft())

unsearched = deque([1])
seen = {1}
order = []
while unsearched:
    node = unsearched.popleft()
    order.append(node)
    for m in (node * 2, node * 3):
        if m < 30 and m not in seen:
            seen.add(m)
            unsearched.append(m)
print(order)

scores = [(100, 'perl'), (200, 'tcl'), (400, 'lua'), (500, 'python')]
bisect.insort(scores, (300, 'ruby'))
print(scores)

data = [1, 3, 5, 7, 9, 2, 4, 6, 8, 0]
heapify(data)
heappush(data, -5)
print([heappop(data) for i in range(3)])

print(round(0.70 * 1.05, 2), 0.1 + 0.1 + 0.1 == 0.3, round(.1 + .1 + .1, 10) == round(.3, 10))
print(sum([0.1] * 10) == 1.0)
print(math.fsum([0.1] * 10) == 1.0)
print((0.1).as_integer_ratio(), (1.5).is_integer(), float.fromhex('0x1.8p1'))

# a, b = x, y and a, b, c = x, y, z compile to SWAP in 3.11: no tuple is made, so right after
# gc.collect() (which empties the tuple free lists) only the values count; four targets build one.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


gc.collect()
first, second = Node("a"), Node("b")
print(gc.get_count())
first.other, second.other = second, first
print(gc.get_count())
gc.collect()
x, y, z = [], {}, Node("c")
print(gc.get_count())
gc.collect()
p, q, r, s = [], [], [], []
print(gc.get_count())
gc.collect()
[u, v] = Node("d"), Node("e")
(w,) = (Node("f"),)
print(gc.get_count(), u.name, v.name, w.name)
gc.collect()
a, (b, c) = Node("g"), (Node("h"), [])
print(gc.get_count())
n, m = 0, 1
for _ in range(10):
    n, m = m, n + m
print(n, gc.get_count())

# insert(i, x) puts x before position i; past the end it appends, before the start it appends left.
from collections import deque
d = deque("abc")
d.insert(1, "x")
print(d)
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d.insert(-1, "y")
print(d, d.index("y"), d.count("a"))

# update adds counts (from an iterable or a mapping), subtract takes them away and may go negative.
from collections import Counter
c = Counter("hello")
c.update("world")
print(c)
c.update({"h": 10})
print(c)
c.subtract("llll")
print(c)
c.subtract(o=5)
print(c, c.total())

# _asdict() builds a new plain dict from the fields; the values are shared with the tuple.
import sys
from collections import namedtuple
User = namedtuple("User", "name tags")
tags = ["admin"]
u = User("kim", tags)
d = u._asdict()
print(d, type(d) is dict, d["tags"] is tags)
print(sys.getrefcount(tags))
del d
print(sys.getrefcount(tags))

# What asdict(), astuple(), replace() and fields() leave counted in generation 0: the objects they
# return and the free-list effects of the Python code's own temporaries.
import gc
from dataclasses import dataclass, field, asdict, astuple, replace, fields

@dataclass
class P:
    x: int
    y: int

@dataclass
class Q:
    p: P
    tags: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    span: tuple = (1, 2)

p = P(1, 2)
q = Q(p, ["a", "b"], {"k": 1})
gc.collect()
d = asdict(p)
print(gc.get_count())
gc.collect()
d = asdict(q)
print(gc.get_count())
gc.collect()
t = astuple(p)
print(gc.get_count())
gc.collect()
t = astuple(q)
print(gc.get_count())
gc.collect()
r = replace(p, x=5)
print(gc.get_count())
gc.collect()
fs = fields(p)
print(gc.get_count())
gc.collect()
for i in range(3):
    d = asdict(p)
    t = astuple(q)
print(gc.get_count())
print(d, t, r, len(fs))

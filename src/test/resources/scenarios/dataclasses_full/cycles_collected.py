# Dataclass instances that point at each other form cycles that only gc.collect() frees.
import gc
import sys
import weakref
from dataclasses import dataclass, field
from typing import Optional

@dataclass(eq=False)
class Employee:
    name: str
    manager: Optional["Employee"] = None
    reports: list = field(default_factory=list)

    def hire(self, name):
        e = Employee(name, self)
        self.reports.append(e)
        return e

gc.collect()
boss = Employee("Ada")
for n in ("Bo", "Cy"):
    boss.hire(n).hire(n + "'s intern")
print(len(boss.reports), boss.reports[1].reports[0].name, sys.getrefcount(boss))
probe = weakref.ref(boss, lambda r: print("boss collected"))
print(gc.get_count()[0] > 0)
del boss
print(probe() is not None)
print(gc.collect())
print(probe())

@dataclass(frozen=True)
class Link:
    target: list

ring = []
ring.append(Link(ring))
print(gc.is_tracked(ring[0]), sys.getrefcount(ring))
del ring
print(gc.collect())

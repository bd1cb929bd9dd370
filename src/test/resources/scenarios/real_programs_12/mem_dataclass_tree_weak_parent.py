from dataclasses import dataclass, field
import weakref
import gc


@dataclass(eq=False)
class Dept:
    name: str
    budget: int = 0
    subs: list = field(default_factory=list)
    _parent: object = field(default=None, repr=False)

    @property
    def parent(self):
        return self._parent() if self._parent is not None else None

    def add(self, child):
        child._parent = weakref.ref(self)
        self.subs.append(child)
        return child

    def total(self):
        return self.budget + sum(s.total() for s in self.subs)


hq = Dept("HQ", 100)
eng = hq.add(Dept("Eng", 50))
eng.add(Dept("Web", 20))
eng.add(Dept("Data", 30))
hq.add(Dept("Sales", 40))
print(hq.total(), eng.total())
print(eng.subs[0].parent.name, eng.parent.name, hq.parent)
print(eng)
web = eng.subs[0]
del hq, eng
print("cycles:", gc.collect())
print("web's parent now:", web.parent)

# An abstract collection deriving from both ABC and list: abstract until implemented, then a list with size list + 24
import sys
from abc import ABC, abstractmethod
class Validated(ABC, list):
    @abstractmethod
    def check(self, item): ...
    def add(self, item):
        if self.check(item):
            self.append(item)
class Positives(Validated):
    def check(self, item):
        return item > 0
try:
    Validated()
except TypeError as e:
    print(e)
p = Positives()
for n in [3, -1, 5]:
    p.add(n)
print(p, len(p), isinstance(p, list), sys.getsizeof(p), type(Positives).__name__ if False else "")

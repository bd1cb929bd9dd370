# Memory facts of an ABC hierarchy: class refcounts (subclasses hold their bases), instance sizes, a dead ABC class collected
import gc, sys
from abc import ABC, abstractmethod
class Base(ABC):
    @abstractmethod
    def value(self):
        pass
class Impl(Base):
    def value(self):
        return 42
print(sys.getrefcount(Base), sys.getrefcount(Impl))
items = [Impl() for _ in range(3)]
print(sys.getrefcount(Impl), sys.getsizeof(items[0]), sys.getsizeof(Impl), gc.is_tracked(items[0]))
items.clear()
print(sys.getrefcount(Impl))
gc.collect()
del Impl
print("collected", gc.collect())
del Base
print("collected", gc.collect())

# A failed instantiation of an abstract class keeps nothing: the class's and the argument's refcounts are as before
import sys
from abc import ABC, abstractmethod
class Repo(ABC):
    @abstractmethod
    def get(self, key): ...
    @abstractmethod
    def put(self, key, value): ...
    @abstractmethod
    def delete(self, key): ...
class MemoryRepo(Repo):
    def __init__(self):
        self.data = {}
    def get(self, key):
        return self.data.get(key)
    def put(self, key, value):
        self.data[key] = value
    def delete(self, key):
        del self.data[key]
arg = [1, 2]
before = sys.getrefcount(Repo), sys.getrefcount(arg)
try:
    Repo(arg)
except TypeError as e:
    message = str(e)
print(message)
print(before, (sys.getrefcount(Repo), sys.getrefcount(arg)))
try:
    Repo()
except TypeError as e:
    print(e)
r = MemoryRepo()
r.put("a", arg)
print(r.get("a"), sys.getrefcount(arg))
r.delete("a")
print(r.get("a"), sys.getrefcount(arg))

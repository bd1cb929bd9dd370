# AttributeError.obj is a reference the collector sees: an object that keeps the error raised on
# itself is a cycle that only gc.collect() frees.
import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.error = None

    def __del__(self):
        print("del", self.name)

gc.collect()
n = Node("a")
try:
    n.parent
except AttributeError as e:
    n.error = e
print(n.error.obj is n, n.error.name)
del n
print("collected", gc.collect())

class Lazy:
    def __getattr__(self, name):
        raise AttributeError("no " + name)

try:
    Lazy().missing
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
try:
    del Lazy().x
except AttributeError as e:
    print(e.name, e.obj)

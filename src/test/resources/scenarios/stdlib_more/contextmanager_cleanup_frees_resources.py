# a resource made inside a @contextmanager generator lives exactly as long as the generator's frame: freed at exit (normal or by an exception), in CPython's order with the with target
import sys
from contextlib import contextmanager

class Connection:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def close(self):
        print("close", self.name)
    def __del__(self):
        print("freed", self.name)

@contextmanager
def connect(name):
    conn = Connection(name)
    try:
        yield conn
    finally:
        conn.close()

with connect("db1") as c:
    print("using", c.name, sys.getrefcount(c))
print("c still bound", c.name)
del c
print("---")
try:
    with connect("db2") as c2:
        raise RuntimeError("lost connection")
except RuntimeError as e:
    print("handled", e)
del c2
print("end")

# blog post: reference cycles and gc.collect()
import gc
import sys

class Person:
    def __init__(self, name):
        self.name = name
        self.friend = None
    def __del__(self):
        print(f"{self.name} is gone")

gc.disable()
alice = Person("Alice")
bob = Person("Bob")
alice.friend = bob
bob.friend = alice
print("refcount alice:", sys.getrefcount(alice))
del alice, bob
print("deleted names")
n = gc.collect()
print("collected", n, "objects")
print("garbage:", gc.garbage)
gc.enable()
print(gc.isenabled())

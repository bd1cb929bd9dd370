import gc
import sys

class Person:
    def __init__(self, name):
        self.name = name
        self.friends = []
    def befriend(self, other):
        self.friends.append(other)
        other.friends.append(self)

gc.collect()
before = gc.get_count()
alice = Person("Alice")
bob = Person("Bob")
alice.befriend(bob)
print("alice refs:", sys.getrefcount(alice))
print("bob refs:", sys.getrefcount(bob))
del alice
print("bob refs after del alice:", sys.getrefcount(bob))
del bob
print("collected:", gc.collect())
print(gc.collect())

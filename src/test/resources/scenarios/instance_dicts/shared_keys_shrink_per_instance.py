# Instances share their attribute names; each new instance leaves the shared table one place smaller.
import sys
class Item:
    pass
first = Item()
print(sys.getsizeof(first.__dict__))
first.name = 'a'
print(sys.getsizeof(first.__dict__))
second = Item()
print(sys.getsizeof(second.__dict__), sys.getsizeof(first.__dict__))
class Other:
    pass
print(sys.getsizeof(Other().__dict__))
class Child(Item):
    pass
print(sys.getsizeof(Child().__dict__))

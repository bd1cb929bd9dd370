# Storing an object in a list adds a reference; removing it from the list drops it.
import sys
a = [1.5]
print("alone", sys.getrefcount(a))
box = [a, a]
print("twice in list", sys.getrefcount(a))
box.pop()
print("once in list", sys.getrefcount(a))
box.clear()
print("list cleared", sys.getrefcount(a))

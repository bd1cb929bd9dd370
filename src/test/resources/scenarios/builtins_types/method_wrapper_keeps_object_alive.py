# a bound method-wrapper keeps its object alive after the name is deleted
import weakref
class Box:
    pass
b = Box()
items = [b]
r = weakref.ref(b)
f = items.__len__
del items, b
print(r() is not None, f())
del f
print(r())

# a WeakSet holds its items weakly: len drops as they die; discard and remove take them out
import weakref
class Widget:
    pass
seen = weakref.WeakSet()
x = Widget()
y = Widget()
z = Widget()
seen.add(x)
seen.add(y)
seen.add(x)
print(len(seen), x in seen, z in seen, weakref.getweakrefcount(x))
del x
print(len(seen))
seen.discard(y)
seen.discard(z)
print(len(seen), weakref.getweakrefcount(y))

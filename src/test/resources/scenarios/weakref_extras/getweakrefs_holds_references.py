# the list from getweakrefs holds the weak reference objects themselves
import sys
import weakref
class Target:
    pass
t = Target()
r = weakref.ref(t, lambda ref: None)
print(sys.getrefcount(r))
refs = weakref.getweakrefs(t)
print(sys.getrefcount(r), refs[0] is r)
del t
print(refs[0]() is None, weakref.getweakrefcount(refs[0]))

# getweakrefs lists the object's weak references as CPython keeps them: the basic ref first, then newest callback refs
import weakref
class Target:
    pass
t = Target()
first = weakref.ref(t, lambda r: None)
basic = weakref.ref(t)
second = weakref.ref(t, lambda r: None)
refs = weakref.getweakrefs(t)
print(len(refs), refs[0] is basic, refs[1] is second, refs[2] is first)
print(weakref.getweakrefs(1), type(refs) is list)

# A materialized dict is tracked only when a value could be in a cycle; referents follow the shared names.
import gc
class A:
    pass
a = A()
a.n = 1
a.s = 'text'
print(gc.is_tracked(a.__dict__))
a.items = []
print(gc.is_tracked(a.__dict__))
b = A()
b.s = ()
b.n = []
print(gc.get_referents(b))
print(b.__dict__)
print(gc.get_referents(b))
print(gc.get_referents(b.__dict__))

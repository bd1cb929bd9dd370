# A namespace is tracked by the collector from birth; a cycle through one needs gc.collect().
import gc
import sys
from types import SimpleNamespace

gc.collect()
node = SimpleNamespace(value=1)
print(gc.is_tracked(node), gc.is_tracked(vars(node)))
print(gc.get_count())
empty = SimpleNamespace()
print(empty, gc.is_tracked(empty), gc.is_tracked(empty.__dict__), sys.getsizeof(empty.__dict__))
node.next = node
print(node)
print(gc.is_tracked(vars(node)))
print(sys.getrefcount(node))
del node
print("collected:", gc.collect())
a = SimpleNamespace(name="a")
b = SimpleNamespace(name="b", partner=a)
a.partner = b
print(a.partner.name, b.partner.name)
print(sys.getrefcount(a), sys.getrefcount(b))
del a, b
print("collected:", gc.collect())

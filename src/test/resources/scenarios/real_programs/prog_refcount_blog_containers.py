# blog: how containers affect reference counts
import sys
def rc(obj):
    return sys.getrefcount(obj) - 1
x = []
print("start", rc(x))
holder = {"a": x, "b": [x, x], "c": (x,)}
print("in structures", rc(x))
holder["b"].pop()
print("after pop", rc(x))
del holder["c"]
print("after del key", rc(x))
holder.clear()
print("after clear", rc(x))
s = {id(x): x}
print("via id dict", rc(x), len(s))
fn = lambda: x
print("lambda global ref", rc(x))
class Box:
    def __init__(self, item):
        self.item = item
boxes = [Box(x) for _ in range(4)]
print("in 4 boxes", rc(x))
del boxes[::2]
print("after deleting half", rc(x))

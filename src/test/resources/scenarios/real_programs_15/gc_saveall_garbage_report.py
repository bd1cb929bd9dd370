# With DEBUG_SAVEALL the collector keeps what it would have freed in
# gc.garbage, so a program can inspect its own leaks.
import gc


class Order:
    def __init__(self, number):
        self.number = number
        self.lines = []


class Line:
    def __init__(self, order, item):
        self.order = order
        self.item = item
        order.lines.append(self)


def make_cycle(n):
    o = Order(n)
    Line(o, "pen")
    Line(o, "ink")


gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
for n in range(3):
    make_cycle(n)
found = gc.collect()
print("unreachable found:", found)
print("saved:", len(gc.garbage))
kinds = {}
for obj in gc.garbage:
    kinds[type(obj).__name__] = kinds.get(type(obj).__name__, 0) + 1
print(sorted(kinds.items()))
orders = sorted(o.number for o in gc.garbage if isinstance(o, Order))
print("orders:", orders)
items = sorted(o.item for o in gc.garbage if isinstance(o, Line))
print("items:", items)
gc.set_debug(0)
gc.garbage.clear()
print("after clearing:", gc.collect(), len(gc.garbage))

# A walk-through: one object, many owners. The count printed is
# sys.getrefcount(obj) - 1 (the call itself adds one).
import sys


def owners(o):
    return sys.getrefcount(o) - 1


class Box:
    pass


payload = object()
print("only the name:", owners(payload))
alias = payload
print("plus an alias:", owners(payload))
box = Box()
box.item = payload
print("plus an attribute:", owners(payload))
row = [payload, payload, payload]
print("plus three list slots:", owners(payload))
lookup = {payload: payload}
print("plus a dict key and value:", owners(payload))
t = (payload,)
print("plus a tuple:", owners(payload))
s = {payload}
print("plus a set:", owners(payload))
del row[0]
print("one list slot removed:", owners(payload))
row.clear()
print("list cleared:", owners(payload))
lookup.clear()
s.discard(payload)
print("dict and set emptied:", owners(payload))
del box
print("box gone:", owners(payload))
del alias, t
print("back to the start:", owners(payload))

import ctypes
import sys

def refs(address: int) -> int:
    """Read the ob_refcnt field straight out of memory."""
    return ctypes.c_long.from_address(address).value

numbers = [10.5, 20.5]
addr = id(numbers)
print("ctypes says:", refs(addr))
print("getrefcount says:", sys.getrefcount(numbers))

others = [numbers for _ in range(4)]
print("after four more references:", refs(addr))

others.pop()
others.pop()
print("after popping two:", refs(addr))

del others
print("after deleting the list:", refs(addr))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
pa = id(p)
print("point:", refs(pa))
q = p
r = p
print("point with two aliases:", refs(pa))
del q, r
print("point back to:", refs(pa))
pairs = {p: "origin-ish"}
print("point as a dict key:", refs(pa))

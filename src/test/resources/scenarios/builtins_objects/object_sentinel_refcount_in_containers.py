# a sentinel object() counts one reference per name and per container slot
import sys
MISSING = object()
print(sys.getrefcount(MISSING))
slots = [MISSING] * 4
print(sys.getrefcount(MISSING))
d = {"a": MISSING, "b": MISSING}
print(sys.getrefcount(MISSING))
del slots
print(sys.getrefcount(MISSING))
print(d.get("c", MISSING) is MISSING, d["a"] is MISSING)

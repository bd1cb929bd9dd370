# The values MATCH_KEYS returns are stored in the capture names; the dict keeps its references.
import sys
v1 = [1]
v2 = [2]
d = {"x": v1, "y": v2}
print("before", sys.getrefcount(v1), sys.getrefcount(v2))
match d:
    case {"x": x, "y": [2] as y}:
        print("body", sys.getrefcount(v1), sys.getrefcount(v2), x is v1, y is v2)
del x, y
print("after", sys.getrefcount(v1), sys.getrefcount(v2))

import sys

ns = {"count": 0, "items": []}
print(sys.getrefcount(ns["items"]))
Box = type("Box", (), ns)
print(sys.getrefcount(ns["items"]))
ns["count"] = 99
print(Box.count, ns["count"])
Box.items.append(1)
print(ns["items"], Box.items is ns["items"])
del ns
print(sys.getrefcount(Box.items))
print(sorted(k for k in vars(Box()).keys()))

# A global list that refers to itself, removed through globals()
import gc, sys

node = []
node.append(node)
print(sys.getrefcount(node))
del globals()["node"]
print(gc.collect())

# Inner lists are referenced once by the outer list and once per extra name.
import sys
inner = [1]
outer = [inner, [inner]]
print("inner", sys.getrefcount(inner))
print("outer", sys.getrefcount(outer))
print("nested", sys.getrefcount(outer[1]))

# Binding a second name to the same object adds one reference; del removes it.
import sys
a = []
print("one name", sys.getrefcount(a))
b = a
print("two names", sys.getrefcount(a))
del b
print("after del", sys.getrefcount(a))

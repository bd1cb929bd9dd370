# Iterating a dict keeps the dict referenced by the loop's iterator.
import sys
d = {"a": 1}
for k in d:
    print("during", sys.getrefcount(d))
print("after", sys.getrefcount(d))

# Deleting dict entries does not shrink the dict.
import sys
d = {}
for i in range(20):
    d[i] = i
print(sys.getsizeof(d))
for i in range(19):
    del d[i]
print(len(d), sys.getsizeof(d))

# Rebinding in a while loop keeps only the current object alive.
import sys
i = 0
keep = []
while i < 3:
    cur = [i]
    keep.append(cur)
    print(i, sys.getrefcount(cur))
    i += 1
print("first", sys.getrefcount(keep[0]))

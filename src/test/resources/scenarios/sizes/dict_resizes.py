# Dict size steps as string-keyed entries are added one by one.
import sys
d = {}
last = sys.getsizeof(d)
print(0, last)
for i in range(30):
    d["k" + str(i)] = i
    s = sys.getsizeof(d)
    if s != last:
        print(len(d), s)
        last = s

# gc.callbacks: each callable gets "start" then "stop" with a fresh info dict for every collection
import gc
class Node:
    pass
def report(phase, info):
    print(phase, info)
gc.collect()
gc.callbacks.append(report)
a = Node()
a.me = a
del a
found = gc.collect()
print("returned", found)
n = gc.collect(1)
gc.callbacks.remove(report)
gc.collect()
print("removed")

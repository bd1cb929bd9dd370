# the "stop" info has what the collection found: the same number gc.collect() returns
import gc
class Node:
    pass
found = []
def cb(phase, info):
    if phase == "stop":
        found.append(info["collected"])
gc.collect()
gc.callbacks.append(cb)
for i in range(4):
    n = Node()
    n.me = n
    del n
result = gc.collect()
gc.callbacks.remove(cb)
print(result, found)

# gc.unfreeze() appends the frozen objects to generation 2, so a young collection no longer finds them
import gc
class Node:
    def __del__(self):
        print("freed node")
gc.collect()
n = Node()
n.me = n
gc.freeze()
gc.unfreeze()
del n
print("gen 0:", gc.collect(0))
print("gen 1:", gc.collect(1))
print("gen 2:", gc.collect(2))

# a proxy's callback runs when the object dies, after its __del__
import weakref
class Node:
    def __del__(self):
        print("__del__ runs first")
def gone(ref):
    print("callback runs, ref is proxy:", ref is p)
n = Node()
p = weakref.proxy(n, gone)
del n
print("end")

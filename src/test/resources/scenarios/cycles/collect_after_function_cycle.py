# A cycle built inside a function outlives the call; it is garbage once the function returns.
import gc
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
def build():
    a = Node("a")
    b = Node("b")
    a.other = b
    b.other = a
    print("built")
build()
print("returned")
print("collected", gc.collect())

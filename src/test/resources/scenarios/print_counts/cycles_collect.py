import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
gc.collect()
for i in range(3):
    a = Node("a")
    b = Node("b")
    a.other = b
    b.other = a
    del a, b
    print("round", i, gc.get_count())
    print("collected", gc.collect())
    print(gc.get_count())

import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

    def __del__(self):
        print("freeing", self.name)


a = Node("a")
b = Node("b")
a.partner = b
b.partner = a
del a
del b
print("cycle unreachable, still alive")
print("collected", gc.collect())
print("done")

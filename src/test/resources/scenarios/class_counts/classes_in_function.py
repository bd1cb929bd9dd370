# A class statement inside a function runs at each call: each call makes a new class.
import gc


def make_node():
    class Node:
        def __init__(self, value):
            self.value = value

    return Node


def make_holder(default):
    class Holder:
        def get(self):
            return default

    return Holder


gc.collect()
print(gc.get_count())
A = make_node()
print(gc.get_count())
B = make_node()
print(gc.get_count(), A is B)
H = make_holder(7)
print(gc.get_count(), H().get())
del A, B, H
print(gc.collect(), gc.get_count())

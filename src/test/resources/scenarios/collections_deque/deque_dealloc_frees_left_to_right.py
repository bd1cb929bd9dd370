# A dying deque frees its items left to right; a list frees them last to first.
from collections import deque
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
d = deque([Node("d1"), Node("d2"), Node("d3")])
l = [Node("l1"), Node("l2"), Node("l3")]
del d
print("--")
del l
print("end")

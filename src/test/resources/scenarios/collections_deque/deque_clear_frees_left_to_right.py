# clear() releases the items from the left end to the right (unlike a list, which goes last to first).
from collections import deque
class Node:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("freed", self.name)
d = deque()
for name in "abc":
    d.append(Node(name))
d.appendleft(Node("z"))
print("clear")
d.clear()
print("after", len(d))

# self.__class__() builds another instance of the same class
class Node:
    def __init__(self, v=0):
        self.v = v
    def clone(self):
        return self.__class__(self.v + 1)
n = Node(1)
m = n.clone()
print(type(m).__name__, m.v, m.__class__ is Node)

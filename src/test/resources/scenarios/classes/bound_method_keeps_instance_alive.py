# A bound method holds its instance: the instance outlives its name until the method goes.
class Node:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello " + self.name
    def __del__(self):
        print("freed", self.name)
n = Node("a")
m = n.hello
del n
print(m())
del m
print("after del m")

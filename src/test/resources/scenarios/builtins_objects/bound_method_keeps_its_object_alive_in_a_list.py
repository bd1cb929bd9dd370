# a stored bound method holds its object: dropping the name does not free it until the method goes
class Node:
    def __init__(self, name):
        self.name = name
    def ping(self):
        return self.name
    def __del__(self):
        print("freed", self.name)
handlers = [Node("a").ping, Node("b").ping]
print("stored", [h() for h in handlers])
handlers.remove(handlers[0])
print("removed a")
del handlers
print("end")

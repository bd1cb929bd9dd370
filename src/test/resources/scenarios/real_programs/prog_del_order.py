# __del__ order when objects go away
class Resource:
    def __init__(self, name):
        self.name = name
        print(f"open {self.name}")
    def __del__(self):
        print(f"close {self.name}")

def work():
    a = Resource("a")
    b = Resource("b")
    print("working")
    return b

r = work()
print("after work")
items = [Resource(str(i)) for i in range(3)]
items.pop(1)
print("popped")
items = None
print("cleared")
x = Resource("x")
x = Resource("y")
print("end")

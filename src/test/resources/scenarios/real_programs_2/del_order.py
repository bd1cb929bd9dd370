class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)
def work():
    r1 = Resource("r1")
    r2 = Resource("r2")
    print("working")
work()
print("after work")
x = Resource("x")
x = Resource("y")
lst = [Resource("l1"), Resource("l2")]
del lst
print("end")

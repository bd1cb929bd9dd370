import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closing", self.name, file=sys.stderr)
        print("closed", self.name)


a = Resource("a")
b = Resource("b")
del a
print("a is gone")
b.other = Resource("c")

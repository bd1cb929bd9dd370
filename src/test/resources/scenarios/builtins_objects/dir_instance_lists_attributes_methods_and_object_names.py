# dir(instance): its attributes, its class's names along the MRO and object's, sorted
class Base:
    kind = "base"
    def hello(self):
        return 1
class Point(Base):
    def __init__(self, x, y):
        self.y = y
        self.x = x
    def norm(self):
        return self.x + self.y
p = Point(1, 2)
print(dir(p))
print([n for n in dir(p) if not n.startswith("_")])
print(len(dir(p)) - len(dir(object())))

registry = {}

def register(kind):
    def deco(cls):
        registry[kind] = cls
        cls.kind = kind
        return cls
    return deco

class Shape:
    def area(self):
        raise NotImplementedError

@register("square")
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

@register("rect")
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

def build(spec):
    kind, *args = spec.split()
    return registry[kind](*map(int, args))

shapes = [build(s) for s in ["square 3", "rect 2 5", "square 4"]]
print([(s.kind, s.area()) for s in shapes])
print(sorted(registry), Square.kind)
try:
    Shape().area()
except NotImplementedError as e:
    print("abstract:", repr(e))

# super().__init__ sets the base's attributes on the same instance; object.__init__ ends the chain.
class Shape:
    def __init__(self, name):
        super().__init__()
        self.name = name
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
r = Rect(3, 4)
print(r.name, r.w, r.h, r.area())

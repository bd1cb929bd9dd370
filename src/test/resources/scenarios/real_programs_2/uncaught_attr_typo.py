class Rectangle:
    def __init__(self, w, h):
        self.width = w
        self.height = h
    def area(self):
        return self.width * self.height
r = Rectangle(2, 3)
print(r.area())
print(r.widht)

# Lab 7: reading TypeError messages for calls with the wrong number of arguments.
def area(width, height):
    return width * height

def greet(name, greeting="Hello", *, punct="!"):
    return f"{greeting}, {name}{punct}"

class Rectangle:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def scale(self, factor):
        return Rectangle(self.w * factor, self.h * factor)

    @staticmethod
    def unit():
        return Rectangle(1, 1)

attempts = [
    lambda: area(3),
    lambda: area(3, 4, 5),
    lambda: area(),
    lambda: area(3, height=4, width=5),
    lambda: greet(),
    lambda: greet("Ann", "Hi", "?"),
    lambda: greet("Ann", punct="?", tone="warm"),
    lambda: Rectangle(2),
    lambda: Rectangle(2, 3).scale(),
    lambda: Rectangle(2, 3).scale(2, 3),
    lambda: Rectangle.scale(2),
    lambda: Rectangle.unit(5),
    lambda: len(),
    lambda: len([1], [2]),
    lambda: abs(1, 2),
    lambda: max(),
    lambda: int("1", 2, 3),
    lambda: "abc".upper(1),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: divmod(7),
]
for i, attempt in enumerate(attempts, 1):
    try:
        attempt()
    except TypeError as e:
        print(f"{i:2d}. {e}")
print(greet("Bo", punct="."))

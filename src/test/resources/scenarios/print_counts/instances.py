import gc
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
gc.collect()
c = [gc.get_count()]
p = Point(1, 2)
print(p); c.append(gc.get_count())
print([p, p]); c.append(gc.get_count())
print(str(p), repr(p)); c.append(gc.get_count())
print(c)

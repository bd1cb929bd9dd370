# An instance's attributes live in a str-keyed table: the instance shows its values and its class.
import gc
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point([1], [2])
print(gc.get_referents(p))
table = {"p": p, 7: p}
print(len(gc.get_referents(table)), gc.get_referents(table)[1])

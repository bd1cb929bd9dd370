# vars(obj) and obj.__dict__ hand out the same dict, made on first use and kept by the instance.
import sys
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(vars(p))
print(p.__dict__ is vars(p))
d = p.__dict__
print(sys.getrefcount(d))
p.z = 3
print(d)
d['w'] = 4
print(p.w)
del d['x']
print(hasattr(p, 'x'), vars(p))

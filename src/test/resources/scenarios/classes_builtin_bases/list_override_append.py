# A list subclass that overrides append and calls super().append: extend and the constructor do not call it
import sys
class Unique(list):
    def append(self, item):
        if item in self:
            print("skip", item)
            return
        super().append(item)
u = Unique([1, 2])
u.append(2)
u.append(3)
u.extend([3, 4])
print(u, len(u), sys.getsizeof(u))
u += [5]
print(u, type(u).__name__)
print(u + [6], type(u + [6]).__name__)
print(u[1:3], type(u[1:3]).__name__)
print(u.copy(), type(u.copy()).__name__)

# A set subclass: repr names the class, operators return plain sets, size is set + 16 (set has its own weakref slot)
import sys
class Tags(set):
    def add_all(self, *names):
        for n in names:
            self.add(n)
t = Tags()
print(repr(t), sys.getsizeof(t), sys.getsizeof(set()))
t.add_all(1, 2, 3)
print(t, len(t), 2 in t, 7 in t)
u = t | {4}
print(u, type(u).__name__)
print(t == {1, 2, 3}, {1, 2, 3} == t)
t.discard(2)
print(t, sorted(t))
print(isinstance(t, set), isinstance(t, Tags))

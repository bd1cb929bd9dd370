# Wrong __copy__/__deepcopy__ signatures raise CPython's TypeErrors; classmethod/staticmethod forms; Cls.__new__(Cls) in a __deepcopy__; a list subclass's __copy__.
import copy, sys
class A:
    def __deepcopy__(self):
        return 1
class B:
    def __copy__(self, extra):
        return 2
class C:
    @classmethod
    def __copy__(cls):
        return "classmethod"
    @staticmethod
    def __deepcopy__(memo):
        return "static " + type(memo).__name__
for f in (lambda: copy.deepcopy(A()), lambda: copy.copy(B()), lambda: copy.copy(C()), lambda: copy.deepcopy(C())):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
class D:
    def __init__(self):
        self.me = self
    def __deepcopy__(self, memo):
        new = D.__new__(D)
        memo[id(self)] = new
        new.me = copy.deepcopy(self.me, memo)
        return new
d = D()
e = copy.deepcopy(d)
print(e.me is e, e is d)
t = ([1], d)
u = copy.deepcopy(t)
print(u[1].me is u[1], u[0] is t[0], sys.getrefcount(t))
print(copy.copy(D) is D, copy.deepcopy(len) is len)
class L(list):
    def __copy__(self):
        new = type(self).__new__(type(self))
        new.extend(self)
        return new
l = L([1, 2])
m = copy.copy(l)
print(m, type(m).__name__, m is l)

# Multiple inheritance follows the C3 MRO: D(B, C) finds B's method first, then C's, then A's.
class A:
    def who(self):
        return "A"
    def only_a(self):
        return "only A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
    def c_thing(self):
        return "C thing"
class D(B, C):
    pass
d = D()
print(d.who(), d.c_thing(), d.only_a())
print(isinstance(d, A), isinstance(d, B), isinstance(d, C), issubclass(D, C), issubclass(C, B))

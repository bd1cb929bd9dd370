# <, <=, >, >= call the matching method, or the reflected one of the right operand; sorted() uses __lt__.
class Version:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
    def __le__(self, other):
        return self.n <= other.n
    def __repr__(self):
        return "v" + str(self.n)
a = Version(1)
b = Version(2)
print(a < b, b < a, a <= b, b > a, b >= a)
print(sorted([Version(3), a, b]))
print(max([a, Version(7), b]), min([b, a]))

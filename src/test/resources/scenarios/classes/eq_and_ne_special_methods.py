# == calls __eq__ (even on the same object); != inverts it unless __ne__ is defined; in uses identity first.
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v
a = P(1)
b = P(1)
c = P(2)
print(a == b, a == c, a != c)
print(a == a)
print(a in [b])
print(a in [a])

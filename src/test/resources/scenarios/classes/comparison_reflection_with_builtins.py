# 1 < v asks int first, then v.__gt__(1); v == 1 and 1 == v both reach v.__eq__.
class V:
    def __init__(self, n):
        self.n = n
    def __gt__(self, other):
        print("gt called")
        return self.n > other
    def __lt__(self, other):
        print("lt called")
        return self.n < other
    def __eq__(self, other):
        print("eq called")
        return self.n == other
v = V(5)
print(1 < v)
print(v > 1)
print(v == 5, 5 == v, 4 != v)

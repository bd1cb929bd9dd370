# __eq__ without __hash__ makes a class unhashable
class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, P) and self.x == other.x
print(P(1) == P(1), P(1) == 1, P.__hash__)
try:
    {P(1)}
except TypeError as e:
    print("TypeError:", e)
class Q(P):
    def __hash__(self):
        return hash(self.x)
print(len({Q(1), Q(1), Q(2)}))
print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, 2)) == hash((1, 2)))

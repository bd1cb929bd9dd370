# Dotted-name keys with their own __hash__: MATCH_KEYS checks each against a set of the keys seen (hashed twice: contains, then add) before calling get; a key equal to an earlier one is CPython's ValueError.
import sys
class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print("hash", self.n)
        return hash(self.n)
    def __eq__(self, other):
        print("eq", self.n)
        return isinstance(other, K) and other.n == self.n
class NS:
    A = K(1)
    B = K(2)
    C = K(1)
class Loud(dict):
    def get(self, key, default=None):
        print("get refs of key", sys.getrefcount(key))
        return super().get(key, default)
d = Loud()
d[NS.A] = "a"
d[NS.B] = "b"
match d:
    case {NS.A: x, NS.B: y}:
        print(x, y)
try:
    match d:
        case {NS.A: x, NS.C: y}:
            print("no")
except ValueError as e:
    print("ValueError:", e.__class__.__name__)

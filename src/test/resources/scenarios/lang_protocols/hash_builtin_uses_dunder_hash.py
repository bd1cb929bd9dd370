# hash() returns what __hash__ returns (an int that fits stays as it is; -1 becomes -2); a non-int is a TypeError.
class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

print(hash(H(42)), hash(H(-1)), hash(H(0)))
print(hash(H(2 ** 61 + 5)))

class Bad:
    def __hash__(self):
        return "nope"

try:
    hash(Bad())
except TypeError as e:
    print("TypeError:", e)

# An instance reports the same size whatever attributes it has (they live outside the object).
import sys
class P:
    pass
class Q:
    def __init__(self):
        self.a = 1
        self.b = [1, 2, 3]
print(sys.getsizeof(P()))
print(sys.getsizeof(Q()))

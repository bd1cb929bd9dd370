# An instance with __call__ can be called like a function; the arguments are held by the call.
import sys
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        print("refs", sys.getrefcount(self))
        return x * self.k
double = Multiplier(2)
print(double(21), double(0.5))
print([double(i) for i in range(3)])

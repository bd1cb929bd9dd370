# a dying partial releases its function, then its argument tuple, then its keyword dict (partial_clear's order)
import functools
class Noisy:
    def __init__(self, name):
        self.name = name
    def __call__(self, *a, **k):
        return self.name
    def __del__(self):
        print("free", self.name)
p = functools.partial(Noisy("func"), Noisy("arg"), key=Noisy("kw"))
print(p())
del p
print("end")

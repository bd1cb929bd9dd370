# a decorator that sets a method on the class: the new function lives in the class dict (collected with it)
import gc
def with_describe(cls):
    def describe(self):
        return "I am " + str(self.n)
    cls.describe = describe
    return cls
@with_describe
class Num:
    def __init__(self, n):
        self.n = n
print(Num(4).describe())
gc.collect()
del Num
print("collected", gc.collect())

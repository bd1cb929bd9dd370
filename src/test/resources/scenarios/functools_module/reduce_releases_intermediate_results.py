# each intermediate result of reduce is released as soon as the next one replaces it
import functools
class Acc:
    def __init__(self, total):
        self.total = total
    def __add__(self, n):
        return Acc(self.total + n)
    def __del__(self):
        print("free", self.total)
r = functools.reduce(lambda a, b: a + b, [1, 2, 3], Acc(0))
print("result", r.total)
del r
print("end")

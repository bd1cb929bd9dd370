# A star target over a user iterator pulls every item through __next__.
class Upto:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == self.n:
            raise StopIteration
        self.i += 1
        return self.i

a, *b = Upto(4)
print(a, b)
*c, d = Upto(1)
print(c, d)

# list(), tuple(), sum(), sorted(), min() and max() pull every item through __next__.
class Squares:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * self.i

print(list(Squares(4)))
print(tuple(Squares(3)))
print(sum(Squares(5)), min(Squares(3)), max(Squares(3)))
print(sorted(Squares(4), reverse=True))
print([x + 1 for x in Squares(3)])
print({x: x % 3 for x in Squares(4)})

# The classic Fibonacci iterator class, stopped with a limit, used by a loop and by list().
class Fib:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value

for n in Fib(20):
    print(n, end=" ")
print()
print(list(Fib(100)))

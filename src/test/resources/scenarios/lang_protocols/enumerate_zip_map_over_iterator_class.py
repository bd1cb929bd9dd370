# enumerate, zip and map pull from a user iterator lazily, one item per step.
class Count:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == self.stop:
            raise StopIteration
        self.i += 1
        print("pull", self.i)
        return self.i

for i, v in enumerate(Count(2)):
    print(i, v)
print(list(zip("ab", Count(5))))
m = map(lambda v: v * 10, Count(2))
print("map made")
print(list(m))

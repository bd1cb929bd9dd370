# The iterator a for loop holds dies when the loop ends (its __del__ runs before the next line).
class Walker:
    def __init__(self, data):
        self.data = data
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i == len(self.data):
            raise StopIteration
        self.i += 1
        return self.data[self.i - 1]

    def __del__(self):
        print("walker freed")

for x in Walker([1, 2]):
    print("item", x)
print("loop done")

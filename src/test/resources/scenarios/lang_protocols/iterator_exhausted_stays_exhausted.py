# An iterator object that returns self from __iter__ is used up after one loop; a second loop sees nothing.
class Three:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i

t = Three()
print(list(t))
print(list(t))
for x in t:
    print("never", x)
print("done", t.i)

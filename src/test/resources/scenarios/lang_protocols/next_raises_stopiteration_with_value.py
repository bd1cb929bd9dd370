# next() without a default lets the StopIteration raised in __next__ propagate, with its args; a default hides it.
class Once:
    def __init__(self):
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration("no more")
        self.done = True
        return "only"

o = Once()
print(next(o))
print(next(o, "default"))
try:
    next(o)
except StopIteration as e:
    print("stopped", e.args, e)
print(list(o))

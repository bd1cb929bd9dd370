# Truth: __bool__ first, then __len__ (0 is false), else always true; `if`, `not`, `and`/`or`, `while` all use it.
class Empty:
    def __len__(self):
        print("len")
        return 0

class No:
    def __bool__(self):
        print("bool")
        return False

    def __len__(self):
        return 5

class Anything:
    pass

print(bool(Empty()), bool(No()), bool(Anything()))
if not Empty():
    print("empty is false")
print(No() or "fallback")
print(Anything() and "yes")

class Bad:
    def __iter__(self):
        raise ValueError("iter failed")
class BadLen:
    def __len__(self):
        raise KeyError("len failed")
    def __iter__(self):
        return iter([1])
class NoIter:
    pass
def f(*a):
    return a
for obj in (Bad(), BadLen(), NoIter(), 5, "ab", [1, 2]):
    try:
        print(f(*obj))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(f(0, *obj))
    except Exception as e:
        print(type(e).__name__, e)

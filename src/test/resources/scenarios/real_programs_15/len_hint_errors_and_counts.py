import gc, sys
class Bag:
    def __init__(self, items, mode="ok"):
        self.items = items
        self.mode = mode
    def __len__(self):
        print("len", self.mode)
        if self.mode == "type":
            raise TypeError("no len")
        if self.mode == "value":
            raise ValueError("bad len")
        if self.mode == "str":
            return "x"
        return len(self.items)
    def __iter__(self):
        print("iter", self.mode)
        return iter(self.items)
for mode in ("ok", "type", "value", "str"):
    try:
        print(sys.getsizeof(list(Bag([1, 2, 3], mode))))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(tuple(Bag([1, 2, 3], mode)))
    except Exception as e:
        print(type(e).__name__, e)
b = Bag(["a", "b"])
print(sorted(b), [*b], "-".join(b))
def f(*args): return args
print(f(*b))
gc.collect()
x = list(b)
print(gc.get_count())
y = tuple(b)
print(gc.get_count())
l = [0]
l.extend(b)
l += b
print(l, sys.getsizeof(l), sys.getrefcount(b))
print(list(reversed((1, 2, 3))), sys.getsizeof(list(reversed((1, 2, 3)))), sys.getsizeof(list(reversed("abcde"))))
class Empty:
    def __len__(self): return 0
    def __iter__(self): return iter(())
print(sys.getsizeof(list(Empty())), tuple(Empty()))
class Liar:
    def __len__(self): return 100
    def __iter__(self): return iter([1])
print(sys.getsizeof(list(Liar())))

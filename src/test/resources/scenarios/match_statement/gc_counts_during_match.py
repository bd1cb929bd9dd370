# gc.get_count() inside guards and bodies: class and mapping patterns free their temporaries (set, list, tuples) before the guard; **rest and *rest add their new container.
import gc
class P:
    __match_args__ = ("x",)
    def __init__(self, x):
        self.x = x
counts = []
def count():
    counts.append(gc.get_count()[0])
    return True
p = P([1])
d = {"k": [2], "j": 3}
nums = [1, 2, 3]
gc.collect()
count()
match p:
    case P(x) if count():
        count()
match p:
    case P(x=[1] as x):
        count()
match d:
    case {"k": v} if count():
        count()
match d:
    case {"k": v, **rest} if count():
        count()
match nums:
    case [a, *more] if count():
        count()
match nums:
    case [a, *_, c]:
        count()
count()
print(counts)

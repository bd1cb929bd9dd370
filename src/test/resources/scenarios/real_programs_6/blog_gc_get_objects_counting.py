import gc

class Widget:
    pass

def count(cls):
    return sum(1 for o in gc.get_objects() if type(o) is cls)

gc.collect()
print("start:", count(Widget))
ws = [Widget() for _ in range(5)]
print("made 5:", count(Widget))
for w in ws[:3]:
    w.me = w
del ws, w
print("after del, 3 in self-cycles:", count(Widget))
print("collected:", gc.collect())
print("end:", count(Widget))
print(gc.is_tracked(Widget()), gc.is_tracked(3), gc.is_tracked("s"), gc.is_tracked([]))

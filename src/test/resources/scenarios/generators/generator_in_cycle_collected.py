# A suspended generator that refers to itself is garbage gc can collect; closing it frees its locals.
import gc
gc.collect()
class Res:
    def __del__(self):
        print("freed Res")
def gen(box):
    r = Res()
    yield box
box = []
g = gen(box)
box.append(g)
g.__next__()
del g, box
print("collect")
print("unreachable found", gc.collect() > 0)
print("end")

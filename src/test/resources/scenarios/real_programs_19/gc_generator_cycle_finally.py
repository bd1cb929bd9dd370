# A suspended generator that refers to itself forms a cycle; gc finalizes
# it by closing it, which runs its finally block.
import gc


def worker(box):
    try:
        yield "started"
        yield "working"
    finally:
        print("finally ran, box holds", len(box), "item(s)")


box = []
g = worker(box)
box.append(g)
print(next(g))
del g, box
print("collect:", gc.collect())

h = worker([])
print(next(h))
h.close()
print("closed explicitly, close again:", h.close())

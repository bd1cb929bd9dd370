# A generator object counts once; its frame's references go away when it finishes.
import sys
def gen(items):
    for it in items:
        yield it
class Item:
    pass
payload = [Item() for _ in range(2)]
first = payload[0]
g = gen(payload)
print("list refs before", sys.getrefcount(payload))
g.__next__()
print("while suspended", sys.getrefcount(payload), sys.getrefcount(first))
for _ in g:
    pass
print("after finishing", sys.getrefcount(payload), sys.getrefcount(first))

import gc
from collections import Counter

class Request:
    def __init__(self, rid):
        self.rid = rid
        self.handler = Handler(self)

class Handler:
    def __init__(self, request):
        self.request = request

def census():
    return Counter(type(o).__name__ for o in gc.get_objects()
                   if type(o).__name__ in ("Request", "Handler"))

gc.collect()
print("start:", dict(census()))
for i in range(25):
    Request(i)
print("after 25 requests:", dict(sorted(census().items())))
print("collected:", gc.collect())
print("after collect:", dict(census()))

class Handler:
    def __init__(self, request):
        import weakref
        self.request = weakref.ref(request)

for i in range(25):
    Request(i)
print("with weak back-references:", dict(census()))

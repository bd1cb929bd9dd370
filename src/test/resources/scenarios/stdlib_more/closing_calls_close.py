# contextlib.closing returns the object itself from __enter__ and calls its close() on exit (normal or exceptional); refcounts of the object inside close(), and the manager holding it
import sys
import gc
from contextlib import closing

class Page:
    def __init__(self, url):
        self.url = url
        self.open = True
    def close(self):
        self.open = False
        print("closing", self.url, "refcount", sys.getrefcount(self))

p = Page("/index")
c = closing(p)
print(type(c), sys.getsizeof(c), gc.is_tracked(c), sys.getrefcount(p))
with c as page:
    print(page is p, page.open, sys.getrefcount(p))
print(p.open)
try:
    with closing(Page("/broken")) as q:
        raise ValueError("timeout")
except ValueError as e:
    print("error", e, q.open)

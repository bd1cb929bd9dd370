import gc
import sys
import weakref


class Cache:
    """Keeps one computed value per instance, dropped by a weakref callback."""

    def __init__(self, func):
        self.func = func
        self.store = {}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        key = id(obj)
        if key not in self.store:
            self.store[key] = (weakref.ref(obj, lambda r, k=key: self.store.pop(k, None)), self.func(obj))
        return self.store[key][1]


class Report:
    def __init__(self, rows):
        self.rows = rows

    @Cache
    def summary(self):
        print("summarising")
        return {"count": len(self.rows), "total": sum(self.rows)}


r = Report([3, 4, 5])
print(r.summary, r.summary is r.summary)
print(len(Report.summary.store), sys.getrefcount(r))
del r
print(len(Report.summary.store))
gc.collect()
print(gc.get_count())

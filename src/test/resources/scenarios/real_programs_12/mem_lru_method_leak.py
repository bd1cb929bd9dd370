import functools
import gc
import weakref


class Report:
    def __init__(self, name):
        self.name = name

    @functools.lru_cache(maxsize=None)
    def render(self, width):
        return f"{self.name:^{width}}"

    def __del__(self):
        print("Report", self.name, "deleted")


r = Report("sales")
probe = weakref.ref(r)
print(repr(r.render(11)))
print(repr(r.render(11)), Report.render.cache_info())
del r
gc.collect()
print("still alive because of the cache:", probe() is not None)
Report.render.cache_clear()
print("after cache_clear:", probe())


class SafeReport:
    def __init__(self, name):
        self.name = name
        self.render = functools.lru_cache(maxsize=4)(self._render)

    def _render(self, width):
        return self.name.center(width, ".")

    def __del__(self):
        print("SafeReport", self.name, "deleted")


s = SafeReport("q3")
print(s.render(8), s.render(8), s.render.cache_info().hits)
del s
print("collected:", gc.collect() > 0)

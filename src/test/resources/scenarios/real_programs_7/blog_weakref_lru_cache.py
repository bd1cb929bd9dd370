import functools
import weakref
import sys

class Query:
    """Hashable by its text, so equal queries share one cache entry."""
    __hash__ = lambda self: hash(self.sql)
    __eq__ = lambda self, other: isinstance(other, Query) and self.sql == other.sql

    def __init__(self, sql):
        self.sql = sql

@functools.lru_cache(maxsize=2)
def run(q):
    return f"rows for {q.sql}"

q1 = Query("select 1")
r = weakref.ref(q1)
print(run(q1))
base = sys.getrefcount(q1)
del q1
print("cache keeps it alive:", r() is not None)
run(Query("select 2"))
run(Query("select 3"))
print("evicted:", r() is None)
print(run.cache_info())
run.cache_clear()
print(run.cache_info().currsize, base)

# copy uses __reduce_ex__, which respects __getstate__/__setstate__: a
# class can leave a cache or a handle out of its copies.
import copy


class Report:
    def __init__(self, title):
        self.title = title
        self.rows = []
        self._cache = {"rendered": None}

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_cache"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._cache = {"rendered": "fresh"}


r = Report("sales")
r.rows.append([1, 2])
r._cache["rendered"] = "old"
s = copy.copy(r)
d = copy.deepcopy(r)
print("shallow:", s.title, s.rows is r.rows, s._cache)
print("deep:", d.title, d.rows is r.rows, d.rows == r.rows, d._cache)
print("original cache untouched:", r._cache)


class Coord:
    __slots__ = ("lat", "lon")

    def __init__(self, lat, lon):
        self.lat, self.lon = lat, lon


here = Coord(51.5, -0.1)
there = copy.copy(here)
print("slotted copy:", there.lat, there.lon, "same object:", there is here)

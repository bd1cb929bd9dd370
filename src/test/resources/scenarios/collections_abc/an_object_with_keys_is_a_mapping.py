# dict(), dict.update(), {**x} and f(**x) treat any object with a keys()
# method as a mapping: they list its keys, then read x[key] for each.
import sys


class Settings:
    def __init__(self, **values):
        self._values = values
        self.reads = []

    def keys(self):
        return list(self._values)

    def __getitem__(self, key):
        self.reads.append(key)
        return self._values[key]


s = Settings(host="localhost", port=8080)
d = dict(s)
print(d, s.reads)
d2 = {"debug": True}
d2.update(s)
print(d2, s.reads)
merged = {**s, "port": 9090}
print(merged)


def connect(host, port):
    return f"{host}:{port}"


print(connect(**s))
print(sys.getrefcount(s), len(s.reads))


class Pairs:
    def __iter__(self):
        return iter([("a", 1), ("b", 2)])


print(dict(Pairs()))

from collections.abc import MutableMapping, Mapping, Sequence


class CaseInsensitiveDict(MutableMapping):
    def __init__(self, data=None, **kwargs):
        self._store = {}
        self.update(data or {}, **kwargs)

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return (original for original, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def lower_items(self):
        return ((k, v[1]) for k, v in self._store.items())

    def __eq__(self, other):
        if isinstance(other, Mapping):
            other = CaseInsensitiveDict(other)
        else:
            return NotImplemented
        return dict(self.lower_items()) == dict(other.lower_items())

    def __repr__(self):
        return f"{type(self).__name__}({dict(self.items())})"


headers = CaseInsensitiveDict({"Content-Type": "text/html", "X-Count": "3"})
headers["content-length"] = "512"
print(headers, len(headers))
print(headers["CONTENT-TYPE"], headers.get("x-count"), headers.get("missing", "-"), "x-COUNT" in headers)
headers["CONTENT-type"] = "application/json"
print(list(headers), list(headers.keys()), list(headers.values()))
print(headers.pop("X-COUNT"), headers.setdefault("Accept", "*/*"), headers.setdefault("accept", "ignored"))
del headers["content-LENGTH"]
print(dict(headers.items()), headers == {"content-type": "application/json", "ACCEPT": "*/*"})
headers.update([("Server", "demo")], Date="today")
print(sorted(headers), headers.popitem(), len(headers))
try:
    headers["nope"]
except KeyError as e:
    print("KeyError:", e)
print(isinstance(headers, MutableMapping), isinstance(headers, dict), issubclass(CaseInsensitiveDict, Mapping))


class Countdown(Sequence):
    def __init__(self, start):
        self.start = start

    def __len__(self):
        return self.start

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("countdown index out of range")
        return self.start - i


c = Countdown(5)
print(list(c), c[0], c[-1], c[1:4], 3 in c, 9 in c, c.index(2), c.count(4), list(reversed(c)))
try:
    class Half(MutableMapping):
        def __getitem__(self, k):
            return 1
    Half()
except TypeError as e:
    print("TypeError:", e)

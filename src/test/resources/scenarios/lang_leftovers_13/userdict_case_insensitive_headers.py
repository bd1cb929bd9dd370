# A dictionary that ignores the case of its keys, built on collections.UserDict.
import sys
from collections import UserDict


class CaseInsensitiveDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __delitem__(self, key):
        super().__delitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


headers = CaseInsensitiveDict({"Content-Type": "text/html", "X-Count": 3})
headers["ACCEPT"] = "*/*"
print(headers)
print(len(headers), "content-type" in headers, "Host" in headers)
print(headers["CONTENT-TYPE"], headers.get("x-count"), headers.get("missing", "none"))
for name in headers:
    print("header", name)
print(sorted(headers.items()))
print(list(headers.keys()), list(headers.values()))
print(type(headers.data), headers.data)
del headers["Accept"]
print(headers.pop("X-COUNT"), headers)
print(headers.setdefault("Host", "example.org"), headers)

twin = headers.copy()
print(type(twin).__name__, twin, twin == headers, twin is headers, twin.data is headers.data)
print(headers == {"content-type": "text/html", "host": "example.org"})

print(sys.getrefcount(headers), sys.getrefcount(headers.data))
data = headers.data
print(sys.getrefcount(data))
del data

plain = UserDict(a=1, b=2)
print(plain, repr(plain), plain.copy(), type(plain.copy()).__name__)
print(plain | {"c": 3}, {"z": 0} | plain)
plain |= {"b": 20}
print(plain)
print(UserDict.fromkeys("xy", 0), CaseInsensitiveDict.fromkeys(["Q"]))
try:
    headers["nothing"]
except KeyError as e:
    print("KeyError", e)


class Defaults(UserDict):
    def __missing__(self, key):
        return "default for " + key


d = Defaults(k="v")
print(d["k"], d["other"], "other" in d, len(d))
print(isinstance(d, UserDict), isinstance(d, dict), type(UserDict).__name__)
print(UserDict.__mro__)
print(UserDict.__init__.__qualname__, UserDict.__module__)
try:
    UserDict({}, {})
except TypeError as e:
    print(e)

# The functional syntax, for keys that are not identifiers.
from typing import TypedDict, NotRequired

Point = TypedDict("Point", {"x": int, "y": int})
Headers = TypedDict("Headers", {"content-type": str, "x-request-id": NotRequired[str]})
Loose = TypedDict("Loose", {"a": int}, total=False)

p = Point(x=1, y=2)
print(p, type(p).__name__)
h: Headers = {"content-type": "text/plain"}
print(h["content-type"])
print(Point)
print(sorted(Headers.__required_keys__), sorted(Headers.__optional_keys__))
print(Loose.__total__, sorted(Loose.__optional_keys__))
print(Point.__module__, Point.__name__)
try:
    issubclass(dict, Point)
except TypeError as e:
    print("TypeError:", e)

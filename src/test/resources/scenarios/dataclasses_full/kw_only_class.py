# kw_only=True: every field is a keyword-only parameter of __init__, so defaults may come first.
import sys
from dataclasses import dataclass, field

@dataclass(kw_only=True)
class Request:
    method: str = "GET"
    url: str
    headers: dict = field(default_factory=dict)

r = Request(url="/home")
print(r)
print(Request(url="/x", method="POST"), Request.__match_args__)
try:
    Request("GET", "/y")
except TypeError as e:
    print(e)
try:
    Request()
except TypeError as e:
    print(e)
print(sys.getrefcount(r.headers), sys.getsizeof(r.headers))

# Class patterns on exception classes (no positional sub-patterns, args by keyword), Counter and OrderedDict as mappings, module constants as values, object() matching anything, and type(t) failing (type does not match itself).
try:
    match ValueError(1):
        case ValueError(x):
            print(x)
except TypeError as e:
    print(e)
match ValueError(1):
    case ValueError() | TypeError():
        print("error class")
class MyErr(Exception):
    __match_args__ = ("code",)
    def __init__(self, code):
        super().__init__(code)
        self.code = code
match MyErr(7):
    case MyErr(c):
        print("code", c)
match KeyError("k"):
    case LookupError(args=(k,)):
        print("lookup", k)
from collections import Counter, OrderedDict
match Counter("aab"):
    case {"a": 2, "z": _}:
        print("no")
    case {"a": n, **rest}:
        print(n, rest, type(rest).__name__)
match OrderedDict(x=1, y=2):
    case {"x": 1, **rest}:
        print(rest)
import math
match 3.141592653589793:
    case math.pi:
        print("pi")
match "abc":
    case str(s) if s.startswith("a"):
        print("starts with a")
match 5:
    case type():
        print("no")
    case object():
        print("object")
match int:
    case type(t):
        print("type", t)

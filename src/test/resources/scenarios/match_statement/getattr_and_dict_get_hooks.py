# A class pattern goes through __getattr__ (an AttributeError there means no match); a dict subclass's own get() is what MATCH_KEYS calls.
class Lazy:
    def __getattr__(self, name):
        print("getattr", name)
        if name == "z":
            raise AttributeError(name)
        return name * 2
match Lazy():
    case Lazy(q=q, z=z):
        print("no")
    case Lazy(q=q):
        print("q", q)
class Loud(dict):
    def get(self, key, default=None):
        print("get", repr(key), "default is a sentinel:", default is not None)
        return super().get(key, default)
match Loud(a=1, b=2):
    case {"a": a, "c": c}:
        print("no")
    case {"b": b, **rest}:
        print("b", b, "rest", rest)
match ValueError("bad input", 42):
    case ValueError(args=(message, code)):
        print(message, code)

# CPython's TypeErrors from MATCH_CLASS: __match_args__ not a tuple, not strings, an attribute asked twice, object() positional.
class K:
    __match_args__ = ["a"]
class K2:
    __match_args__ = (1,)
class K3:
    __match_args__ = ("a",)
    a = 1
for subject in [K(), K2(), K3(), object()]:
    try:
        match subject:
            case K(1):
                pass
            case K2(1):
                pass
            case K3(1, a=1):
                pass
            case object(x):
                pass
    except TypeError as e:
        print("TypeError:", e)

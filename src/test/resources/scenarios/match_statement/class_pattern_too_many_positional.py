# CPython's TypeError when a class pattern has more positional sub-patterns than __match_args__ names.
class C:
    pass
class D:
    __match_args__ = ("a",)
    a = 1
match D():
    case D(x):
        print("D binds", x)
try:
    match D():
        case D(x, y):
            print("no")
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print("TypeError:", e)
match C():
    case C(1):
        print("no")

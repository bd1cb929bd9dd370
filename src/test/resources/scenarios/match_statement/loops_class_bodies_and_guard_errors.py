# match in loops (break/continue in a case), in a class body (names go to the class), an exception in a guard releasing the subject, del of the subject's name in a body.
import sys
class Cfg:
    mode = "fast"
    match mode:
        case "fast":
            level = 1
        case _:
            level = 0
print(Cfg.level)
def loop(items):
    out = []
    for it in items:
        match it:
            case None:
                continue
            case "stop":
                break
            case [x, *_] if x < 0:
                out.append(("neg", x))
            case [x, *rest]:
                out.append((x, len(rest)))
            case int(n):
                out.append(n)
    return out
print(loop([1, None, [2, 3], [-1], "stop", 5]))
class D:
    def __del__(self):
        print("D freed")
def bad(v):
    raise KeyError("guard")
try:
    match [D()]:
        case [d] if bad(d):
            pass
except KeyError as e:
    print("caught", e, "d bound:", type(d).__name__)
del d
print("--")
x = [1, 2]
match x:
    case [a, b]:
        del x
        print("deleted the name, items still bound", a, b)
t = (1, [2], "s")
match t:
    case (int() as i, [j], str(s)):
        print(i, j, s, sys.getrefcount(t))
match 1.0:
    case 1:
        print("1.0 matches 1")
match 3:
    case 1 | 2:
        pass
    case 3 if False:
        pass
print("no case ran")

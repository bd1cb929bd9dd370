# The subject stays on the value stack while cases are tried: a guard sees it there (and its copy is gone), the body does not.
import sys
def show(tag, obj):
    print(tag, sys.getrefcount(obj))
    return True
data = [1, 2, 3]
show("before", data)
match data:
    case [1, 2] if show("guard of non-matching length", data):
        print("no")
    case [a, b, c] if show("guard of second case", data):
        show("body", data)
    case _:
        print("default")
show("after", data)

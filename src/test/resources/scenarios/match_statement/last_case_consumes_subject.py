# The last case matches the subject itself (no copy): its guard runs with the subject already consumed.
import sys
def show(tag, obj):
    print(tag, sys.getrefcount(obj))
    return True
data = {"k": 1}
match data:
    case {"x": _} if show("first guard", data):
        pass
    case {"k": v} if show("last guard", data):
        show("body", data)
match data:
    case {"k": v} if show("only case guard", data):
        show("only case body", data)

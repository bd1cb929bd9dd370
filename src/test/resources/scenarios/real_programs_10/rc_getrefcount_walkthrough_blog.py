# "Understanding sys.getrefcount" -- a walkthrough in the style of a blog post
import sys


class Widget:
    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return f"Widget({self.label!r})"


def show(tag, obj):
    # inside show() the object is also referenced by the parameter `obj`
    print(f"{tag:<28} -> {sys.getrefcount(obj)}")


w = Widget("knob")
print("Step 1: a fresh object bound to one name")
print("  getrefcount(w) =", sys.getrefcount(w))
show("  through a helper", w)

print("Step 2: more names")
alias = w
another = alias
print("  after two aliases:", sys.getrefcount(w))

print("Step 3: containers")
bag = [w, w, w]
print("  in a list three times:", sys.getrefcount(w))
lookup = {"main": w}
print("  plus a dict value:", sys.getrefcount(w))
pair = (w, "x")
print("  plus a tuple:", sys.getrefcount(w))

print("Step 4: tearing down")
for name in ("bag", "lookup", "pair", "alias", "another"):
    del globals()[name]
    print(f"  del {name:8} ->", sys.getrefcount(w))

print("Step 5: attributes hold references too")
holder = Widget("holder")
holder.child = w
print("  child of holder:", sys.getrefcount(w))
holder.child = None
print("  after reset:", sys.getrefcount(w))
print("done", w)

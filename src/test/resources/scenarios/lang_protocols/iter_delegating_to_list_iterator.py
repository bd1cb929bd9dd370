# __iter__ may hand out the iterator of an inner list; the list iterator holds the list, not the object.
import sys

class Team:
    def __init__(self):
        self.members = ["ann", "bob"]

    def __iter__(self):
        return iter(self.members)

t = Team()
it = iter(t)
print(type(it).__name__, sys.getrefcount(t), sys.getrefcount(t.members))
print(next(it), next(it), next(it, "end"))
print(", ".join(t))

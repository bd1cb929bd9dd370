# Inside a property run by a class pattern, self is held by the case's copy on the stack, the original and the call.
import sys
class Node:
    __match_args__ = ("value",)
    @property
    def value(self):
        print("self refs in property", sys.getrefcount(self))
        return 42
n = Node()
print("before", sys.getrefcount(n))
match n:
    case Node(0):
        print("zero")
    case Node(v):
        print("value", v, sys.getrefcount(n))
print("after", sys.getrefcount(n))

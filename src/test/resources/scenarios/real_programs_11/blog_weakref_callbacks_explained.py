import weakref
import sys

class Session:
    def __init__(self, user):
        self.user = user

def on_gone(ref):
    print("callback: referent gone, ref() is", ref())

s = Session("ana")
r1 = weakref.ref(s)
r2 = weakref.ref(s, on_gone)
r3 = weakref.ref(s)
print("same plain ref reused:", r1 is r3)
print("callback ref is different:", r1 is not r2)
print("weakref count:", weakref.getweakrefcount(s))
print("strong refcount unaffected:", sys.getrefcount(s))
print("r1() gives back the user:", r1().user)
del s
print("after del: r1() ->", r1(), "| r2() ->", r2())
print("dead weakref count:", weakref.getweakrefcount(r1))

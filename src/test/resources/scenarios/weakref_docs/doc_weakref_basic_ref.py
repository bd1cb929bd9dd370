# A weak reference gives back its object while someone else keeps it alive.
import weakref


class Thing:
    pass


thing = Thing()
handle = weakref.ref(thing)
again = handle()
print("same object:", thing is again)
print("weak references to it:", weakref.getweakrefcount(thing))
del thing, again
print("after both names are gone:", handle())

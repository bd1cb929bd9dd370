# a plain ref to a bound method dies at once; a WeakMethod lives as long as the object
import weakref
class C:
    def m(self):
        return "m"
c = C()
r = weakref.ref(c.m)
wm = weakref.WeakMethod(c.m)
print(r(), wm()())

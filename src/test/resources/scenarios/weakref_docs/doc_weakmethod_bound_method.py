# A plain weak reference to a bound method dies at once; WeakMethod does not.
import gc
import weakref


class Speaker:
    def talk(self):
        print("talking")


s = Speaker()
plain = weakref.ref(s.talk)
print("plain ref:", plain())
wm = weakref.WeakMethod(s.talk)
print("weak method alive:", wm() is not None)
wm()()
del s
print("collected:", gc.collect())
print("after del:", wm())

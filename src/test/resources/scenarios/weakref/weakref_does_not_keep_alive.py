# An object referenced only weakly is freed immediately.
import weakref
class T:
    def __del__(self):
        print("freed")
r = weakref.ref(T())
print("after creation, alive:", r() is not None)

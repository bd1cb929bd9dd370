# list.clear() frees items last to first, so their callbacks run in that order.
import weakref
class T:
    pass
def cb(r):
    print("callback", names[r])
items = [T(), T(), T()]
names = {}
names[weakref.ref(items[0], cb)] = "a"
names[weakref.ref(items[1], cb)] = "b"
names[weakref.ref(items[2], cb)] = "c"
items.clear()
print("cleared")

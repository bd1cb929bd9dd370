# the values of a WeakKeyDictionary are held strongly until their key dies
import weakref
class Key:
    pass
class Payload:
    def __del__(self):
        print("payload freed")
k = Key()
d = weakref.WeakKeyDictionary()
d[k] = Payload()
print("stored", len(d))
del k
print("after key death", len(d))

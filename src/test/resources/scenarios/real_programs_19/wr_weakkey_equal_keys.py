# WeakKeyDictionary looks keys up by equality, like a dict: two equal
# objects with the same hash share one entry.
import weakref


class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __hash__(self):
        return hash((self.major, self.minor))


notes = weakref.WeakKeyDictionary()
v1 = Version(1, 0)
v1_again = Version(1, 0)
v2 = Version(2, 0)
notes[v1] = "first release"
notes[v1_again] = "updated note"
notes[v2] = "second release"
print("entries:", len(notes))
print("lookup by either:", notes[v1], "|", notes[v1_again])
print("stored key is the first object:", next(k for k in notes if k.major == 1) is v1)
del v1_again
print("after deleting the equal twin:", len(notes))
del v1
print("after deleting the stored key:", len(notes))
print("keyrefs:", len(notes.keyrefs()))

# A weak reference's hash is its referent's, taken once and kept: a ref that became a dict key or a
# set member while its object lived still hashes after the object is gone; one never hashed cannot.
import weakref


class Session:
    pass


class TaggedRef(weakref.ref):
    pass


s = Session()
plain = weakref.ref(s)
tagged = TaggedRef(s)
print(hash(plain) == hash(s), hash(tagged) == hash(s), plain == tagged, plain != tagged)
index = {plain: 'plain'}
members = {tagged}
late = TaggedRef(s)
del s
print(plain() is None, len(index), plain in index, tagged in members)
print(hash(plain) == hash(tagged), plain == tagged, plain != tagged)
try:
    hash(late)
except TypeError as e:
    print("TypeError:", e)

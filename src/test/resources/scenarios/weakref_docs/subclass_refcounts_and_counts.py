# Reference counts, gc counts and sizes around instances of a weakref.ref subclass.
import gc
import sys
import weakref


class Node:
    pass


class TaggedRef(weakref.ref):
    def __init__(self, ob, callback=None, /, **tags):
        super().__init__(ob, callback)
        for name, value in tags.items():
            setattr(self, name, value)


class BareRef(weakref.ref):
    pass


def noted(ref):
    print("noted", type(ref).__name__)


node = Node()
gc.collect()
print("start", gc.get_count())
plain = weakref.ref(node)
print("plain ref", gc.get_count())
bare = BareRef(node)
print("bare subclass", gc.get_count())
bare2 = BareRef(node)
print("second bare is a new object:", bare2 is not bare, gc.get_count())
tagged = TaggedRef(node, noted, label="first")
print("tagged with a callback and a keyword", gc.get_count())
print("refcounts", sys.getrefcount(node), sys.getrefcount(bare), sys.getrefcount(tagged), sys.getrefcount(noted))
print("class refcount", sys.getrefcount(TaggedRef))
print("sizes", sys.getsizeof(plain), sys.getsizeof(bare), sys.getsizeof(tagged))
print("tracked", gc.is_tracked(plain), gc.is_tracked(bare), gc.is_tracked(tagged))
print("weakref count", weakref.getweakrefcount(node))
print("calls", bare() is node, tagged() is node, tagged.label)
print(vars(tagged), hasattr(bare, "__dict__"))
print(type(tagged).__mro__)
print(isinstance(tagged, weakref.ref), isinstance(tagged, weakref.ReferenceType), issubclass(BareRef, weakref.ref))
print(tagged == bare, bare == plain, tagged != plain)
gc.collect()
print("before del", gc.get_count())
del node
print("after del", gc.get_count())
print(bare(), tagged(), plain())
print(sys.getrefcount(noted))
del tagged
print("after del tagged", gc.get_count())

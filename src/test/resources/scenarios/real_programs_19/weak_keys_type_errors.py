# Weak containers need weakly referenceable keys or members.
import weakref

tries = [
    ("WeakKeyDictionary int key", lambda: weakref.WeakKeyDictionary().__setitem__(1, "x")),
    ("WeakSet of str", lambda: weakref.WeakSet().add("s")),
    ("WeakValueDictionary list value", lambda: weakref.WeakValueDictionary().__setitem__("k", [])),
    ("proxy of tuple", lambda: weakref.proxy((1,))),
    ("finalize of int", lambda: weakref.finalize(5, print)),
]
for label, fn in tries:
    try:
        fn()
        print(label, "-> ok")
    except TypeError as e:
        print(label, "->", e)

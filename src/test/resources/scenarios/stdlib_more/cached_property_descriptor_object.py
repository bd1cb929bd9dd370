# the cached_property object itself: read through the class, its func and attrname (set by __set_name__ when the class is made), size and tracking, and CPython's TypeError on a __slots__ class
import sys
import gc
import functools

class Page:
    def __init__(self, text):
        self.text = text

    @functools.cached_property
    def words(self):
        "The words of the page."
        return self.text.split()

cp = Page.words
print(type(cp), sys.getsizeof(cp), gc.is_tracked(cp))
print(cp.attrname, cp.func.__name__, cp.__doc__)
print("held by the class", sys.getrefcount(cp))
p = Page("to be or not to be")
print(p.words, len(p.words))

class Slotted:
    __slots__ = ("text",)
    def __init__(self, text):
        self.text = text

    @functools.cached_property
    def words(self):
        return self.text.split()

try:
    Slotted("a b").words
except TypeError as e:
    print("TypeError:", e)

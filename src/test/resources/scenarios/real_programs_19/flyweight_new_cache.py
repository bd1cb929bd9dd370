# A flyweight: __new__ hands back an existing instance for the same key,
# so equal requests share one object. A WeakValueDictionary lets unused
# ones go.
import sys
import weakref


class Glyph:
    _cache = weakref.WeakValueDictionary()
    made = 0

    def __new__(cls, char):
        obj = cls._cache.get(char)
        if obj is None:
            obj = super().__new__(cls)
            obj.char = char
            cls._cache[char] = obj
            Glyph.made += 1
        return obj


text = [Glyph(c) for c in "hello world"]
print("glyphs requested:", len(text), "made:", Glyph.made)
print("cache size:", len(Glyph._cache))
print("both l's are one object:", text[2] is text[3])
print("refs to 'l' glyph:", sys.getrefcount(text[2]) - 1)
text = text[:5]
print("after trimming to 'hello':", sorted(Glyph._cache.keys()))
text.clear()
print("after clearing:", len(Glyph._cache))
print("made in total:", Glyph.made)

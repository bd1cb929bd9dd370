import sys
import weakref


class Glyph:
    _cache = weakref.WeakValueDictionary()

    def __new__(cls, char, font="mono"):
        key = (char, font)
        found = cls._cache.get(key)
        if found is not None:
            return found
        obj = super().__new__(cls)
        obj.char = char
        obj.font = font
        cls._cache[key] = obj
        return obj

    def __repr__(self):
        return f"Glyph({self.char!r}, {self.font!r})"


text = "abracadabra"
glyphs = [Glyph(c) for c in text]
print("glyphs:", len(glyphs), "distinct:", len(Glyph._cache))
print(sorted(k for k, _ in Glyph._cache.keys()))
a = glyphs[0]
print("refcount of 'a' glyph:", sys.getrefcount(a))
print(glyphs[0] is glyphs[3] is glyphs[5])
del glyphs
print("after del list:", sorted(k for k, _ in Glyph._cache.keys()))
del a
print("after del a:", len(Glyph._cache))
bold = Glyph("x", "bold"), Glyph("x", "mono")
print(bold, len(Glyph._cache))

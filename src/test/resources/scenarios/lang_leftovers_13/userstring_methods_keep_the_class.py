# UserString: a str-like object whose methods return the same class.
import sys
from collections import UserString


class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


s = Shout("hello world")
print(s, repr(s), len(s), "world" in s, s[0], s[-5:], type(s[0]).__name__)
print(s.shout(), type(s.shout()).__name__)
print(s.title(), s.split(), s.replace("o", "0"), s.count("o"), s.find("w"), s.startswith("he"))
print(s + "!", "<" + s, s * 2, s == "hello world", s < "z", hash(s) == hash("hello world"))
print(s.data, type(s.data), str(s), s.center(15, "*"), s.strip("hd"), s.zfill(14))
print(list(s)[:3], sorted(set(s))[:3], s.encode(), s.partition(" "))
print(UserString(42), UserString(s), UserString(3.5) + "x", int(UserString("17")) + 1, float(UserString("2.5")))
print("%s and %s" % (s, UserString("more")), UserString("%d items") % 3)
print(s.upper().lower().capitalize(), s.isalpha(), s.islower(), s.index("l"), s.rfind("l"), s.join(["a", "b"]))
print(sys.getrefcount(s), sys.getrefcount(s.data))
words = {Shout("a"): 1}
print(words, Shout("a") in words, words[Shout("a")] if Shout("a") in words else None)
print(sorted([UserString("pear"), UserString("apple")]))
print(s.swapcase(), s.ljust(13, "."), s.rjust(13, "."), s.expandtabs(), s.splitlines(), s.format())
print(s.removeprefix("hello "), s.removesuffix(" world"), s.casefold(), s.isdigit(), s.istitle())

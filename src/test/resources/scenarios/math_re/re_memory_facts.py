# Match objects: sizes, tracking, and who holds the subject string and the pattern.
import re
import sys
import gc

s = "key=value; other=thing; x=1"
print(sys.getrefcount(s))
m = re.search(r"(\w+)=(\w+)", s)
print(sys.getrefcount(s), sys.getsizeof(m), gc.is_tracked(m), sys.getrefcount(m))
ms = [re.match(r"k", s), re.match(r"(k)", s), re.match(r"(k)(e)", s), re.match(r"(k)(e)(y)", s), re.match(r"(?P<a>k)(?P<b>e)(y)(=)", s)]
print([sys.getsizeof(x) for x in ms], sys.getrefcount(s))
g = m.group(0)
print(g, sys.getrefcount(g), m.group() is m.group(), m.group(1) == "key")
whole = re.fullmatch(r".*", s)
print(whole.group() is s, whole[0] is s, whole.span())
del ms, whole
print(sys.getrefcount(s))
all_ = list(re.finditer(r"\w+", s))
print(len(all_), sys.getrefcount(s), [sys.getsizeof(x) for x in all_[:2]])
del all_
print(sys.getrefcount(s))
print(re.search(r"(a)(b)?", "a"), re.search(r"(a)(b)?", "a").groups(), re.search(r"(a)(b)?", "a").groups("-"))
print(gc.is_tracked(re.search("x", "x")), gc.isenabled())

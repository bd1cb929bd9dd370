import sys

literal = "memory_lab"
joined = "_".join(["memory", "lab"])
print("equal:", literal == joined)
print("same object:", literal is joined)
interned = sys.intern(joined)
print("after sys.intern:", interned is literal)

words = "the cat and the hat and the bat".split()
print("split words 'the' identical:", words[0] is words[3])
canonical = {}
for w in words:
    canonical.setdefault(w, w)
print("distinct:", sorted(canonical))
s1, s2 = "abc", "xbz"
print("single chars are shared:", s1[1] is s2[1])
name = "x" * 3
print("constant folded:", name == "xxx")
upper = "Hello".upper()
print("upper() gives new object:", upper is "Hello".upper())

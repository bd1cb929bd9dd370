# Strings built at run time are separate objects even when equal;
# sys.intern makes them share one object, which a dict of names can use.
import sys

a = "status"
b = "".join(["sta", "tus"])
print(a == b, a is b)
c = sys.intern(b)
print(c is a, c == b)
words = "red green red blue green red".split()
print("split copies equal to a literal:", words[0] == "red", words[0] is "red".strip())
pool = {}


def intern_local(s):
    return pool.setdefault(s, s)


shared = [intern_local(w) for w in words]
print("pool size:", len(pool))
print("same objects:", shared[0] is shared[2] is shared[5])
print("distinct before:", len({id(w) for w in words}))
print("distinct after:", len({id(w) for w in shared}))
print("small ints shared:", int("7") is 7, int("300") is int("300"))
print("empty string and tuple shared:", "" is str(), () is tuple())

# "text".upper bound to its string keeps a reference
import sys
s = "".join(["ab", "cd"])
print(sys.getrefcount(s))
m = s.upper
print(sys.getrefcount(s), m())
del m
print(sys.getrefcount(s))

# A str method whose result equals the input returns the input itself, so its refcount goes up.
import sys
s = "".join(["ab", "cd"])
print(sys.getrefcount(s))
t = s.strip()
u = s.replace("zz", "yy")
w = s.center(2)
print(t is s, u is s, w is s, sys.getrefcount(s))
v = s.upper()
print(v is s, v, sys.getrefcount(s))

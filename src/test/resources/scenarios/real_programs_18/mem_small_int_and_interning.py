# Why `is` is not `==`: the small-int cache and string interning.
import sys

def make(n):
    return n + 0

for n in [0, 1, 100, 255, 256, 257, 1000, -5, -6]:
    a = make(n)
    b = int(str(n))
    print(f"{n:5}: a == b {a == b}, a is b {a is b}")

x = 256
y = 256
print("literals 256:", x is y)
big1 = int("123456789")
big2 = int("123456789")
print("parsed big ints:", big1 == big2, big1 is big2)

s1 = "hello"
s2 = "hello"
print("identical literals:", s1 is s2)
parts = ["hel", "lo"]
s3 = "".join(parts)
print("joined:", s3 == s1, s3 is s1)
s4 = sys.intern(s3)
print("interned:", s4 is s1)
w1 = "hello world"
w2 = " ".join(["hello", "world"])
print("with space:", w1 == w2, w1 is w2, sys.intern(w2) is sys.intern(w1))
c1 = chr(97)
c2 = "abc"[0]
print("one char:", c1 is c2)
e1 = str()
e2 = "x"[1:]
print("empty:", e1 is e2 is "")
print(None is None, True is (1 == 1), [] is [], () is ())

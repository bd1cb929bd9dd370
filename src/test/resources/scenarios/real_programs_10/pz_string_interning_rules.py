import sys
a = "python"
b = "python"
print("identifiers literal:", a is b)
c = "hello world"
d = "hello world"
print("same literal in one module:", c is d)
e = "hello " + "world"
print("folded constant:", e is c)
parts = ["hello", "world"]
f = " ".join(parts)
print("runtime join:", f is c, f == c)
g = sys.intern(f)
print("after intern:", g is sys.intern(c))
key = "".join(["na", "me"])
obj = {"name": 1}
print("dict lookup works:", obj[key])
h = "x" * 3
lit = "xxx"
print("'xxx' literal is runtime repeat?", h is lit, h == lit)
chars = [chr(i) for i in range(97, 100)]
abc = "abc"
print(chars[0] is abc[0], len(set(map(id, chars))))
print(sys.intern("spam") is sys.intern("sp" + "am"))

import sys

a = "hello"
b = "hello"
print("literals shared:", a is b)
c = "".join(["hel", "lo"])
print("built at run time:", c == a, c is a)
d = sys.intern(c)
print("interned:", d is a)
words = "the cat and the hat".split()
print("split results equal but not identical:", words[0] == words[3], words[0] is words[3])
n1 = 256
n2 = int("256")
print("small ints cached:", n1 is n2)
big1 = 10 ** 6
big2 = int("1000000")
print("big ints not:", big1 == big2, big1 is big2)
s = "x " * 25
t = s
print("refcount of a new string:", sys.getrefcount(s))
lst = [s] * 5
print("after a list of five:", sys.getrefcount(s))
del lst
print("after del:", sys.getrefcount(s))
print(sys.getsizeof("a"), sys.getsizeof("ab"), sys.getsizeof("a" * 100))
e = ""
print("empty strings are shared:", e is str(), e is "abc"[3:])
first = "abc"[0]
letter = "a"
print("single chars are shared:", first is letter)

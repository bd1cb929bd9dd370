import sys

a = "hello"
b = "hello"
print("same literal, same object:", a is b)

c = "".join(["hel", "lo"])
print("built at runtime, equal:", c == a, "identical:", c is a)
d = sys.intern(c)
print("after sys.intern:", d is a)

x = 256
y = int("256")
print("256 cached:", x is y)
big1 = int("1000")
big2 = int("1000")
print("1000 not cached:", big1 is big2, "but equal:", big1 == big2)

words = "the cat and the hat and the bat".split()
unique_ids = len({id(w) for w in words})
print("distinct str objects for", len(set(words)), "distinct words:", unique_ids >= len(set(words)))

empty = ""
print("empty string is a singleton:", empty is str())
abc = "abc"
print("single chars are cached:", chr(97) is abc[0])

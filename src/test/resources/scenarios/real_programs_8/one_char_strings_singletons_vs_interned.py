import sys
# One-character strings made at run time are CPython's latin-1 singletons; for 29 letters the str a
# literal names is a different, deep-frozen object interned at start-up.
text = "BCLST_abcdefhijklmnopqrstvwxyzAgu!"
same = [ch for ch in text if ch is sys.intern(ch)]
print("".join(same))
p, y, n, z, a, x = "p", "y", "n", "z", "a", "x"
word = "python"
print(word[0] is p, word[1] is y, word[-1] is n, chr(122) is z, chr(97) is chr(97))
print([c is a for c in "banana"][1], sys.intern(word[1]) is y, str(y) is y)
folded = "xy"[0]
times = "x" * 1
print(times is x, folded is x, "x".lower() is x, "X".lower() is x, "".lower() is "".upper())
py = "py"
print(word.split("t")[0] is py, "a,b".split(",")[0] is a, "ab".strip("b") is a)
d = {"a": 1}
k = list(d)[0]
c = "c"
q = "q"
print(k is a, max("abc") is c, min(["q", "r"]) is q)
t = ("ab", 2.5, "cd")[2]
cd = "cd"
print(t is cd, (1, 2.5)[-1] + 1, b"AB"[1])

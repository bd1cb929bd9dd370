# Builtin functions and methods take a subclass's instance where they take an int, str or tuple.
class P(tuple): pass
class S(str): pass
class I(int): pass
p = P((1, 2))
print("%s-%s" % p)
print("a" in S("abc"), S("abc").find(S("b")), "abc".startswith(S("a")), "x".join(S("ab")))
print(isinstance(p, (list, tuple)), I(5) in [5], [1, 2, 3][I(0):I(2)], {I(1), 1})
print(S("a{}b").format(I(3)), max(S("b"), "a"), I(3) == 3.0, I(2) ** -1, 7 // I(2), I(7) % 3)
print(tuple(p), list(p), set(P((1, 1))), dict([P(("k", "v"))]), [*p], (*p, 3))
print(sorted(S("cba")), "".join(reversed(S("ab"))), len(str(I(123))), bool(S("")), bool(P()))
print(I(3).bit_length(), I(10).to_bytes(2, "big") if False else 0, S(" x ").strip() == "x")

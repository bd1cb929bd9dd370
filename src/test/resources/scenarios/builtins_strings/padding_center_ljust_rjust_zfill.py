# center, ljust, rjust with a fill character, and zfill after a sign.
print("[" + "ab".center(7) + "]", "[" + "abc".center(6, "*") + "]", "[" + "ab".center(5, "-") + "]")
print("[" + "x".ljust(4, ".") + "]", "[" + "x".rjust(4) + "]")
print("42".zfill(6), "-42".zfill(6), "+7".zfill(4), "abc".zfill(2))

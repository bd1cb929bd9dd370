# str.index raises ValueError when the substring is absent.
s = "abc"
print(s.index("b"))
print(s.index("z"))

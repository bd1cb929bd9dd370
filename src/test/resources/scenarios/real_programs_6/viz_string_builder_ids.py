parts = []
for ch in "abc":
    parts.append(ch * 2)
joined = "-".join(parts)
print(joined, len(joined))
s = ""
for piece in parts:
    s += piece
print(s)
t = s.upper()
print(s, t, s is t)
u = t.lower()
print(u == s, u is s)
print(s.replace("b", "B"), s)

# str.maketrans maps code points; translate rewrites the text
t = str.maketrans("abc", "xyz")
print(t)
print("aabbcc-d".translate(t))

# Indexing past the end of a string.
s = "abc"
print(s[0])
print(s[10])

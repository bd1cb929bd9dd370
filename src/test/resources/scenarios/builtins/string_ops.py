# Concatenation, repetition, indexing, membership and comparison of strings.
a = "ab"
print(a + "cd", a * 3, a[1], len(a * 10))
print("b" in a, "abc" < "abd", "B" < "a", a == "a" + "b")
for ch in "hey":
    print(ch, end=".")
print()

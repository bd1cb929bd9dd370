def rotations(s):
    return [s[i:] + s[:i] for i in range(len(s))]

def is_rotation(a, b):
    return len(a) == len(b) and b in a + a

word = "stack"
for i, r in enumerate(rotations(word)):
    print(i, r, r == word)
pairs = [("waterbottle", "erbottlewat"), ("abc", "cab"), ("abc", "acb"), ("", "")]
for a, b in pairs:
    print(f"{a!r} / {b!r}: {is_rotation(a, b)}")

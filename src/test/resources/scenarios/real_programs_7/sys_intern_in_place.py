import sys

# sys.intern makes its argument the interned str when the text is new to the intern table,
# and returns the one already there otherwise (a name of the program or of the builtins).
a = "".join(["hello", " world"])
b = "".join(["hello", " world"])
print(a == b, a is b)
ia = sys.intern(a)
print(ia is a, sys.intern(b) is a, sys.intern(b) is b)

fresh = "".join(["sess", "ion_77"])
print(sys.intern(fresh) is fresh)

method_name = "".join(["app", "end"])
print(sys.intern(method_name) is method_name)

def lookup(table, key):
    return table[key]

made = "".join(["look", "up"])
print(sys.intern(made) is made)

codes = ["".join(["zq", str(i % 3)]) for i in range(6)]
keys = [sys.intern(c) for c in codes]
print([k is keys[i % 3] for i, k in enumerate(keys)])
print([keys[i] is codes[i] for i in range(6)])
print(sys.intern("plain literal") == "plain literal")

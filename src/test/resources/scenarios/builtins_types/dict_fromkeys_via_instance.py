# {}.fromkeys works too: the class method binds to the type
print({}.fromkeys("xy", 2))
print({"a": 1}.fromkeys([1]))

values = [1, 1.0, "1", [1], (1,), {1}, {"a": 1}, None, True, len, int]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), end="; ")
print()
print(type(True) is bool, isinstance(True, int), issubclass(bool, int), type(type))
print(int.__name__, type(3).__mro__)

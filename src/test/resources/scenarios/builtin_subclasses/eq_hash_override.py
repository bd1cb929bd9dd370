# A case-insensitive string: its own __eq__ and __hash__.
class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()

    def __hash__(self):
        return hash(self.lower())


a = Caseless("Python")
print(a == "PYTHON", a != "python", "python" == a, a == "java")
seen = {a}
print(Caseless("PYTHON") in seen, len({Caseless("x"), Caseless("X"), Caseless("y")}))
counts = {}
for word in ["Hello", "HELLO", "hello", "world"]:
    key = Caseless(word)
    counts[key] = counts.get(key, 0) + 1
print(counts)


class Loose(int):
    def __eq__(self, other):
        return abs(int(self) - int(other)) <= 1


print(Loose(5) == 6, Loose(5) == 7, Loose.__hash__)
try:
    hash(Loose(5))
except TypeError as e:
    print("TypeError:", e)

# replace takes a count; an empty old string inserts between characters.
print("aaaa".replace("a", "b", 2))
print("banana".replace("an", "AN"))
print("abc".replace("", "-"))
print("abc".replace("", "-", 2))

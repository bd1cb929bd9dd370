t = (1, [2, 3], "four")
print(t)
t[1].append(4)
print("mutated through the tuple:", t)
try:
    t[1] += [5]
except TypeError as e:
    print("TypeError:", e)
print("but the list changed anyway:", t)
try:
    hash(t)
except TypeError as e:
    print("cannot hash:", e)
frozen = (1, (2, 3), "four")
print("hashable:", hash(frozen) == hash((1, (2, 3), "four")))

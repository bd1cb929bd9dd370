# A set comprehension keeps one of each equal value.
s = {n % 4 for n in range(20)}
print(sorted(s), len(s))
t = {(a, b) for a in range(2) for b in range(2)}
print(sorted(t))

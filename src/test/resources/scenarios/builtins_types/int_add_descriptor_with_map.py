# map(int.__add__, a, b) adds pairwise through the slot wrapper
a = [1, 2, 3]
b = [10, 20, 30]
print(list(map(int.__add__, a, b)))
print(list(map(int.__mul__, a, b)))

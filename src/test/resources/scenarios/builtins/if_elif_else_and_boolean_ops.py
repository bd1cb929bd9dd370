# if/elif/else and and/or returning operands.
for n in [0, 5, 15]:
    if n == 0:
        print("zero")
    elif n < 10:
        print("small")
    else:
        print("big")
print(0 or "default", 3 and 4, [] or [1], None and 1)

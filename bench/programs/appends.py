# A million list appends: the loop, the calls and the list's over-allocation.
items = []
for i in range(1000000):
    items.append(i)
print(len(items), items[-1])

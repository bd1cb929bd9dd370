# Iterating ranges with steps and summing them.
total = 0
for i in range(1, 101):
    total += i
print(total, sum(range(10)), list(range(10, 0, -3)))

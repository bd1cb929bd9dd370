# A recursive sum whose base case can never be reached.
def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 2)

print(sum_to(10))
print(sum_to(7))

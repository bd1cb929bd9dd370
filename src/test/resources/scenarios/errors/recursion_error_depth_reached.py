# Recursion of depth 990 is still fine; one without a base case fails.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(990))
def forever(n):
    return forever(n) + 1
forever(1)

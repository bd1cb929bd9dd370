# Unbounded recursion hits the 1000-frame limit.
def down(n):
    return down(n + 1)
print("start")
down(0)

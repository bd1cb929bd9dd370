def depth(n):
    return depth(n + 1)
try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)
def count_down(n):
    if n == 0:
        return "done"
    return count_down(n - 1)
print(count_down(500))

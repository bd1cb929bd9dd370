# The key function runs once per item, in list order, before any comparison.
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)

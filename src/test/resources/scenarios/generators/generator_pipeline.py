# Generators chained into a pipeline pull one value at a time through every stage.
def numbers(n):
    for i in range(n):
        print("produce", i)
        yield i
def doubled(src):
    for v in src:
        yield v * 2
def firsts(src, k):
    out = []
    for v in src:
        out.append(v)
        if len(out) == k:
            break
    return out
print(firsts(doubled(numbers(10)), 3))

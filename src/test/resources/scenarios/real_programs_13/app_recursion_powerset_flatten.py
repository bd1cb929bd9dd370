def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]

def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for x in obj:
            yield from flatten(x)
    else:
        yield obj

def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i, ch in enumerate(s):
        for p in permutations(s[:i] + s[i + 1:]):
            out.append(ch + p)
    return out

def depth(obj):
    if isinstance(obj, list):
        return 1 + max((depth(x) for x in obj), default=0)
    return 0

print(sorted(power_set([1, 2, 3]), key=lambda s: (len(s), s)))
nested = [1, [2, [3, [4, (5, 6)]]], [], [[7]]]
print(list(flatten(nested)))
print(permutations("abc"))
print("unique perms of 'aab':", sorted(set(permutations("aab"))))
print("depth:", depth(nested), depth([]), depth(5))

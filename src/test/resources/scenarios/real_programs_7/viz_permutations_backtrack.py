def permutations(items):
    results = []
    path = []
    used = [False] * len(items)

    def backtrack():
        if len(path) == len(items):
            results.append(path[:])
            return
        for i, item in enumerate(items):
            if used[i]:
                continue
            used[i] = True
            path.append(item)
            backtrack()
            path.pop()
            used[i] = False

    backtrack()
    return results

perms = permutations(["a", "b", "c"])
for p in perms:
    print("".join(p))
print(len(perms), "permutations; path copies are distinct:", perms[0] is not perms[1])

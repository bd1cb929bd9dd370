def counting_sort(values, max_value):
    counts = [0] * (max_value + 1)
    for v in values:
        counts[v] += 1
    print("counts:", counts)
    for i in range(1, len(counts)):
        counts[i] += counts[i - 1]
    print("prefix:", counts)
    out = [None] * len(values)
    for v in reversed(values):
        counts[v] -= 1
        out[counts[v]] = v
    return out

data = [4, 2, 2, 8, 3, 3, 1]
print(counting_sort(data, 8))

buckets = {}
for word in ["banana", "apple", "cherry", "avocado", "blueberry", "cranberry"]:
    buckets.setdefault(word[0], []).append(word)
for letter, words in sorted(buckets.items()):
    print(letter, sorted(words, key=len))

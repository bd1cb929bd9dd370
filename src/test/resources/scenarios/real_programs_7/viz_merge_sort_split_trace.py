def merge_sort(values, depth=0):
    pad = "  " * depth
    print(f"{pad}split {values}")
    if len(values) <= 1:
        return values
    mid = len(values) // 2
    left = merge_sort(values[:mid], depth + 1)
    right = merge_sort(values[mid:], depth + 1)
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    print(f"{pad}merge {left} + {right} -> {merged}")
    return merged

print(merge_sort([38, 27, 43, 3, 9, 82, 10]))

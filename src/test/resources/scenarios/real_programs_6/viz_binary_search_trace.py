def search(items, target):
    lo, hi = 0, len(items) - 1
    step = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        step += 1
        print(f"step {step}: lo={lo} mid={mid} hi={hi} value={items[mid]}")
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

data = list(range(3, 60, 4))
print(data)
print(search(data, 43))
print(search(data, 4))

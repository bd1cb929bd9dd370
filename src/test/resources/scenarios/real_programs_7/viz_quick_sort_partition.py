def partition(arr, lo, hi):
    pivot = arr[hi]
    i = lo - 1
    for j in range(lo, hi):
        if arr[j] <= pivot:
            i += 1
            arr[i], arr[j] = arr[j], arr[i]
    arr[i + 1], arr[hi] = arr[hi], arr[i + 1]
    print(f"pivot {pivot:>2} placed at {i + 1}: {arr}")
    return i + 1

def quick_sort(arr, lo=0, hi=None):
    if hi is None:
        hi = len(arr) - 1
    if lo < hi:
        p = partition(arr, lo, hi)
        quick_sort(arr, lo, p - 1)
        quick_sort(arr, p + 1, hi)

numbers = [10, 80, 30, 90, 40, 50, 70]
alias = numbers
quick_sort(numbers)
print("sorted in place:", alias, alias is numbers)

def selection_sort(a):
    for i in range(len(a)):
        small = i
        for j in range(i + 1, len(a)):
            if a[j] < a[small]:
                small = j
        if small != i:
            a[i], a[small] = a[small], a[i]
        print(f"pass {i}: {a}")
    return a

data = [29, 10, 14, 37, 13]
result = selection_sort(data)
print(result is data)

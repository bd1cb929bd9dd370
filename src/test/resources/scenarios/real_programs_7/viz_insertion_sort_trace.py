def insertion_sort(items):
    data = list(items)
    for i in range(1, len(data)):
        key, j = data[i], i - 1
        # shift bigger items one place right until key's slot is found
        while j >= 0 and data[j] > key:
            data[j + 1], j = data[j], j - 1
        data[j + 1] = key
        print(f"pass {i}: {data}  (inserted {key!r} at {j + 1})")
    return data

if __name__ == "__main__":
    original = [29, 10, 14, 37, 13]
    result = insertion_sort(original)
    print("original untouched:", original)
    print("sorted:", result, result is original)
    words = ["pear", "fig", "apple", "kiwi"]
    print(insertion_sort(words))

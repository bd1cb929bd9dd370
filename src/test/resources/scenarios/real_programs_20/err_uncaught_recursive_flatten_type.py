def total(nested):
    result = 0
    for item in nested:
        if isinstance(item, list):
            result += total(item)
        else:
            result += item
    return result


print(total([1, [2, 3], [[4], 5]]))
print(total([1, [2, "3"], 4]))

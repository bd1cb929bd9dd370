def mean(values):
    assert values, "mean() of an empty list"
    return sum(values) / len(values)


groups = {"a": [3, 4, 5], "b": [10], "c": []}
for name, values in groups.items():
    print(name, mean(values))

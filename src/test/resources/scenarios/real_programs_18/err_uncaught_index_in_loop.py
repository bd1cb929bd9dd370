# An off-by-one loop over a list: IndexError from inside a function.
def pairwise_differences(values):
    diffs = []
    for i in range(len(values)):
        diffs.append(values[i + 1] - values[i])
    return diffs

readings = [3, 7, 12, 20]
print("readings:", readings)
print(pairwise_differences(readings))

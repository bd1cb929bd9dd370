# any and all stop at the first deciding item, leaving the iterator there.
nums = [0, 0, 3, 0, 5]
it = iter(nums)
print(any(it), next(it))
it = iter(nums)
print(all(it), next(it))
print(any([]), all([]), any([0, ""]), all([1, "x"]))

a, b = 1, 2
a, b = b, a
print(a, b)
nums = [1, 2, 3, 4, 5]
nums[0], nums[-1] = nums[-1], nums[0]
print(nums)
k = 2
print(nums[k:] + nums[:k])
first, *middle, last = nums
print(first, middle, last)
pairs = [(1, "one"), (2, "two"), (3, "three")]
numbers, names = zip(*pairs)
print(numbers, names)
x = y = []
x.append(1)
print(x, y, x is y)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)

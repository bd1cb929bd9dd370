point = (3, 4)
x, y = point
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
a, (b, c) = 1, (2, 3)
print(x, y, first, rest, init, last, a, b, c)
x, y = y, x
print(x, y)
def stats(nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats([3, 1, 4, 1, 5])
print(lo, hi, avg)
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
print(divmod(17, 5), (1,) * 3, (1, 2) + (3,))

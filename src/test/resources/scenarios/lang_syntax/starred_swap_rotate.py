# Rotating a list with star unpacking, a common tutorial idiom.
nums = [1, 2, 3, 4, 5]
first, *others = nums
rotated = others + [first]
print(rotated)
*front, back = nums
print([back] + front)

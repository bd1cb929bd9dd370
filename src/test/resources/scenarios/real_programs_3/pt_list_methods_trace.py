nums = [5, 3, 8, 1]
result = nums.sort()
print(result, nums)
s = sorted(nums, reverse=True)
print(s, nums)
nums.insert(1, 99)
print(nums, nums.index(99))
nums.extend((7, 7))
print(nums.count(7), nums)
print(nums.pop(), nums.pop(0), nums)
nums.remove(7)
print(nums)
nums.reverse()
print(nums)
print(nums[::2], nums[-2:], nums[1:-1])
nums[1:3] = ["a", "b", "c"]
print(nums)
del nums[::2]
print(nums)
words = ["banana", "Apple", "cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(min(words), max(words, key=len))
print(list(reversed(words)), words.copy() == words)
print([1, 2] * 3, [0] + [1])
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)

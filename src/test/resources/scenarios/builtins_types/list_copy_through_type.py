# list.copy(nums) is a new list, not the same object
nums = [3, 1, 2]
c = list.copy(nums)
print(c, c == nums, c is nums)
list.append(c, 9)
print(nums, c)

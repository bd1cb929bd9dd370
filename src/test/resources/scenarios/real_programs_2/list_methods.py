nums = [4, 1, 7, 3]
nums.insert(1, 9)
nums.extend([2, 2])
print(nums, nums.index(7), nums.count(2))
nums.remove(2)
popped = nums.pop(0)
print(popped, nums)
nums.reverse()
print(nums, nums[::2], nums[-2:])
copy_ = nums[:]
copy_.sort(reverse=True)
print(copy_, nums)
del nums[1:3]
print(nums)
print([x for x in range(20) if x % 3 == 0], list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])))
print(list(enumerate("ab", start=1)), list(zip([1, 2, 3], "ab")))

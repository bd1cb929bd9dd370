nums = [5, 3, 8]
same = nums
print(id(nums) == id(same))
nums.append(1)
nums.sort()
print(same)
nums = nums + [10]
print(same, nums, nums is same)
other = sorted(same, reverse=True)
print(other, same)
print(same.reverse(), same)
x = same.pop()
print(x, same)
same.extend("ab")
print(same)
same += (7,)
print(same)

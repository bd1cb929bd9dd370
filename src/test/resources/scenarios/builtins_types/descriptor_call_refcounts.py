# calling a method through its type passes the receiver like a bound call
import sys
nums = [1]
list.append(nums, nums)
print(sys.getrefcount(nums))
nums.pop()
print(sys.getrefcount(nums))

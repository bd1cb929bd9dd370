import sys

growth = []
nums = []
previous = sys.getsizeof(nums)
print("empty list:", previous, "bytes")
for value in range(40):
    nums.append(value)
    now = sys.getsizeof(nums)
    if now > previous:
        growth.append((len(nums), now, now - previous))
    previous = now
for length, size, jump in growth:
    print(f"at {length:2} items: {size} bytes (+{jump})")
print("list(range(40)):", sys.getsizeof(list(range(40))))
print("[0]*40:", sys.getsizeof([0] * 40))
print("comprehension:", sys.getsizeof([i for i in range(40)]))
while len(nums) > 5:
    nums.pop()
print("after popping to 5:", sys.getsizeof(nums))
nums.clear()
print("after clear:", sys.getsizeof(nums))

import array

nums = array.array('i', [1, 2, 3])
m = memoryview(nums)
actions = [
    ("append", lambda: nums.append(4)),
    ("pop", lambda: nums.pop()),
    ("extend", lambda: nums.extend([5])),
    ("insert", lambda: nums.insert(0, 9)),
    ("remove", lambda: nums.remove(1)),
    ("frombytes", lambda: nums.frombytes(b'1234')),
]
for name, action in actions:
    try:
        action()
    except BufferError as e:
        print(name, "->", e)
nums.reverse()
nums[0] = 30
print(nums, m.tolist())
del m
nums.append(4)
print(nums)

def find_pair(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            print(f"  found at {seen[target - n]} and {i}")
            break
        seen[n] = i
    else:
        print("  no pair")
        return None
    return seen[target - n], i

for nums, target in [([2, 7, 11, 15], 9), ([1, 2, 3], 7), ([3, 3], 6)]:
    print(nums, target, find_pair(nums, target))

attempts = iter(["1234", "0000", "4321"])
while (pin := next(attempts, None)) is not None:
    if pin == "4321":
        print("unlocked with", pin)
        break
    print("wrong pin", pin)
else:
    print("locked out")
print(divmod(17, 5), divmod(-17, 5), round(2.5), round(3.5), round(-0.5), round(1.2345, 2))

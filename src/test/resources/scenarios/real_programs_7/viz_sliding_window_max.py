from collections import deque

def window_max(nums, k):
    dq, out = deque(), []
    for i, n in enumerate(nums):
        # drop smaller values from the back: they can never be a maximum again
        while dq and nums[dq[-1]] <= n:
            dq.pop()
        dq.append(i)
        dq[0] <= i - k and dq.popleft()
        if i >= k - 1:
            out.append(nums[dq[0]])
            print(f"i={i} window={nums[i - k + 1:i + 1]} deque idx={list(dq)} max={nums[dq[0]]}")
    return out

print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
print(window_max([4, 2, 12, 3], 2))

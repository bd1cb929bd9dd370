# Interview practice: two-sum, three-sum, valid parentheses, merge intervals, top-k frequent.
from collections import Counter


def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None


def three_sum(nums):
    nums = sorted(nums)
    out = []
    for i in range(len(nums) - 2):
        if i and nums[i] == nums[i - 1]:
            continue
        lo, hi = i + 1, len(nums) - 1
        while lo < hi:
            s = nums[i] + nums[lo] + nums[hi]
            if s < 0:
                lo += 1
            elif s > 0:
                hi -= 1
            else:
                out.append((nums[i], nums[lo], nums[hi]))
                while lo < hi and nums[lo] == nums[lo + 1]:
                    lo += 1
                lo, hi = lo + 1, hi - 1
    return out


def valid(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


def merge(intervals):
    out = []
    for lo, hi in sorted(intervals):
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return out


def top_k(words, k):
    return [w for w, _ in sorted(Counter(words).items(), key=lambda p: (-p[1], p[0]))[:k]]


print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6), two_sum([1, 2], 7))
print(three_sum([-1, 0, 1, 2, -1, -4, -2, -3, 3, 0, 4]))
for s in ["()[]{}", "([)]", "{[()()]}", "((", "", "a(b)c"]:
    print(f"{s!r:>12} {valid(s)}")
print(merge([[1, 3], [8, 10], [2, 6], [15, 18], [17, 20], [6, 7]]))
print(top_k("the cat and the hat and the bat sat".split(), 3))
c = Counter("abracadabra")
print(c.most_common(3), c["z"], sum(c.values()), sorted(c.elements())[:6])
print(c - Counter("aab"), (c & Counter("aaxr")), +Counter({"a": 2, "b": -1}))


def longest_unique(s):
    start = best = 0
    last = {}
    for i, ch in enumerate(s):
        if last.get(ch, -1) >= start:
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best


print([longest_unique(s) for s in ("abcabcbb", "bbbbb", "pwwkew", "", "dvdf")])

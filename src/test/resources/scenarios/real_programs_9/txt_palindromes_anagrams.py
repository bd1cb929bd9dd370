from collections import defaultdict


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, center // 2 + center % 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best


phrases = ["A man, a plan, a canal: Panama", "race a car", "No 'x' in Nixon", "", "ab"]
for p in phrases:
    print(f"{p!r:34} {is_palindrome(p)}")
for s in ["babad", "cbbd", "forgeeksskeegfor", "a"]:
    print(s, "->", longest_palindrome(s))
words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)
for key in sorted(groups, key=lambda k: (-len(groups[k]), k)):
    print(key, groups[key])
print(sorted(words, key=lambda w: (sorted(w), w))[:4])

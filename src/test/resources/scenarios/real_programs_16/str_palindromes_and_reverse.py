# Palindrome checks three ways, longest palindromic substring, and palindromic numbers.
def is_pal_slice(s):
    t = "".join(ch.lower() for ch in s if ch.isalnum())
    return t == t[::-1]


def is_pal_two_pointers(s):
    i, j = 0, len(s) - 1
    while i < j:
        while i < j and not s[i].isalnum():
            i += 1
        while i < j and not s[j].isalnum():
            j -= 1
        if s[i].lower() != s[j].lower():
            return False
        i, j = i + 1, j - 1
    return True


def is_pal_rec(s):
    if len(s) < 2:
        return True
    return s[0] == s[-1] and is_pal_rec(s[1:-1])


def longest_pal(s):
    best = ""
    for centre in range(len(s)):
        for lo, hi in ((centre, centre), (centre, centre + 1)):
            while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
                lo, hi = lo - 1, hi + 1
            if hi - lo - 1 > len(best):
                best = s[lo + 1:hi]
    return best


tests = ["A man, a plan, a canal: Panama", "racecar", "No 'x' in Nixon",
         "hello", "Was it a car or a cat I saw?", ""]
for t in tests:
    flat = "".join(filter(str.isalnum, t)).lower()
    print(f"{t!r:36} {is_pal_slice(t)!s:5} {is_pal_two_pointers(t)!s:5} {is_pal_rec(flat)}")
for s in ["babad", "forgeeksskeegfor", "abacdfgdcaba", "cbbd"]:
    print(s, "->", longest_pal(s))
pal_nums = [n for n in range(10, 200) if str(n) == str(n)[::-1]]
print(pal_nums)
print(list(reversed("stressed")), "".join(reversed("stressed")))
words = "level noon civic python radar stats java".split()
print({w: w == w[::-1] for w in words})

from itertools import groupby
from collections import defaultdict

def rle_encode(s):
    return "".join(f"{len(list(g))}{ch}" for ch, g in groupby(s))

def rle_decode(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ""
    return "".join(out)

for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccd", "x"]:
    enc = rle_encode(s)
    print(enc, rle_decode(enc) == s, f"{len(enc)}/{len(s)}")

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)
for key, group in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{key:<8} {group}")

def compress_ranges(nums):
    out = []
    for _, g in groupby(enumerate(sorted(nums)), key=lambda p: p[1] - p[0]):
        run = [v for _, v in g]
        out.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
    return ",".join(out)

print(compress_ranges([1, 2, 3, 5, 7, 8, 9, 10, 14]))
print(compress_ranges([4]))

def is_anagram(a, b):
    clean = lambda s: sorted(c for c in s.lower() if c.isalpha())
    return clean(a) == clean(b)

print(is_anagram("Dormitory", "dirty room"), is_anagram("hello", "world"))
for k, g in groupby(sorted(words, key=len), key=len):
    print(k, list(g))

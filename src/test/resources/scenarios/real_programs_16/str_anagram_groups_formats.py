# Group anagrams by sorted letters and by letter counts, then report with format specs.
from collections import defaultdict, Counter

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac",
         "inlets", "banana", "tinsel", "dog", "god", "odg", "python"]

groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)

print(f"{'key':^10}|{'n':>3} | members")
print("-" * 40)
for key, members in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{key:^10}|{len(members):>3} | {', '.join(members)}")


def signature(w):
    return tuple(sorted(Counter(w).items()))


by_count = {}
for w in words:
    by_count.setdefault(signature(w), set()).add(w)
print(len(by_count) == len(groups))


def is_anagram(a, b):
    strip = lambda s: sorted(s.replace(" ", "").lower())
    return strip(a) == strip(b)


pairs = [("Dormitory", "Dirty room"), ("The eyes", "They see"), ("Hello", "World")]
for a, b in pairs:
    print(f"{a:>12} ~ {b:<12} {is_anagram(a, b)!s:>6}")
n = 1234567.891
print(f"{n:,}|{n:_.2f}|{n:>15,.1f}|{n:e}|{n:.3g}|{int(n):#X}|{int(n):,d}")
print(f"{'ok':*^10}|{'left':<8}|{42:08.3f}|{-42:=+8}|{0.25:%}|{7:b}|{255:o}")

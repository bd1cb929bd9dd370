import sys
from collections import Counter

lines = sys.stdin.read().splitlines()
print(f"read {len(lines)} lines")
words = [w.strip(".,;:!?\"'()").lower() for line in lines for w in line.split()]
words = [w for w in words if w]
counts = Counter(words)
print(f"{len(words)} words, {len(counts)} distinct")
for word, n in counts.most_common(5):
    print(f"{word:>8} {n:>3} {'*' * n}")
longest = max(lines, key=len)
print("longest line:", repr(longest[:40]), len(longest))
print("blank lines:", sum(1 for line in lines if not line.strip()))
vowels = sum(ch in "aeiou" for w in words for ch in w)
print(f"vowel share: {vowels / sum(map(len, words)):.1%}")

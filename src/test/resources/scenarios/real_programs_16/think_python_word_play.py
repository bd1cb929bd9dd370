# "Think Python"-style word play on a built-in word list: abecedarian, no-e, uses-only, reversals.
WORDS = """abbey accept almost begin bijou biopsy chimps chilly aloof billowy
deft effort empty first ghost glory knotty dirty hello level madam noon
stressed desserts drawer reward live evil tops spot stop pots deed""".split()


def has_no_e(w):
    return "e" not in w


def avoids(w, forbidden):
    return not any(ch in forbidden for ch in w)


def uses_only(w, allowed):
    return set(w) <= set(allowed)


def uses_all(w, required):
    return all(ch in w for ch in required)


def is_abecedarian(w):
    return all(a <= b for a, b in zip(w, w[1:]))


def double_letters(w):
    i, runs = 0, 0
    while i < len(w) - 1:
        if w[i] == w[i + 1]:
            runs += 1
            i += 2
        else:
            i += 1
    return runs


print(len(WORDS), "words")
no_e = [w for w in WORDS if has_no_e(w)]
print(f"no 'e': {len(no_e)} ({len(no_e) / len(WORDS):.0%})")
print("abecedarian:", [w for w in WORDS if is_abecedarian(w)])
print("avoids 'aeiou' but y:", [w for w in WORDS if avoids(w, "aeiou")])
print("uses only 'delvi':", [w for w in WORDS if uses_only(w, "delvi")])
print("uses all 'oe':", [w for w in WORDS if uses_all(w, "oe")])
print("double letters:", {w: double_letters(w) for w in WORDS if double_letters(w) > 1})
word_set = set(WORDS)
pairs = sorted({tuple(sorted((w, w[::-1]))) for w in WORDS if w[::-1] in word_set and w != w[::-1]})
print("reverse pairs:", pairs)
print("palindromes:", [w for w in WORDS if w == w[::-1]])
sig = {}
for w in WORDS:
    sig.setdefault("".join(sorted(w)), []).append(w)
print("anagram sets:", [v for v in sig.values() if len(v) > 1])
hist = {}
for w in WORDS:
    for ch in w:
        hist[ch] = hist.get(ch, 0) + 1
print("most common letters:", sorted(hist, key=lambda c: (-hist[c], c))[:5])
print(sorted(WORDS, key=lambda w: (len(w), w))[-3:], max(WORDS, key=len), min(WORDS))

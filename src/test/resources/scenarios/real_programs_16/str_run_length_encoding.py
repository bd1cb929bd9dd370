# Run-length encoding and decoding, with itertools.groupby and by hand, plus a compression ratio.
from itertools import groupby


def rle_loop(s):
    if not s:
        return ""
    out = []
    prev, n = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            n += 1
        else:
            out.append(f"{n}{prev}")
            prev, n = ch, 1
    out.append(f"{n}{prev}")
    return "".join(out)


def rle_groupby(s):
    return "".join(f"{len(list(g))}{k}" for k, g in groupby(s))


def rle_decode(code):
    out, digits = [], ""
    for ch in code:
        if ch.isdigit():
            digits += ch
        else:
            out.append(ch * int(digits))
            digits = ""
    return "".join(out)


samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
           "aabcccccaaa", "abc", "", "zzzzzzzzzzzz"]
for s in samples:
    a, b = rle_loop(s), rle_groupby(s)
    ratio = len(a) / len(s) if s else 0
    print(f"{s[:20]!r:24}{a!r:22}{a == b} {rle_decode(a) == s} {ratio:6.2%}")
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print(rle_decode("3x2y1z10."))
pairs = [(int(n), ch) for n, ch in zip(rle_loop("aaabbbbcc")[::2], rle_loop("aaabbbbcc")[1::2])]
print(pairs, sum(n for n, _ in pairs))

from itertools import groupby


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


def lz_tokens(data, window=8):
    i, out = 0, []
    while i < len(data):
        best = (0, 0)
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(data) and data[j + k] == data[i + k] and k < 7:
                k += 1
            if k > best[1]:
                best = (i - j, k)
        if best[1] >= 3:
            out.append(best)
            i += best[1]
        else:
            out.append(data[i])
            i += 1
    return out


for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccccaaa", ""]:
    e = rle_encode(s)
    print(repr(e), rle_decode(e) == s, "%.2f" % (len(e) / len(s)) if s else "n/a")
print(lz_tokens("abcabcabcabcxyzxyz"))
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print(["".join(g) for _, g in groupby("aaabbbcccd")])

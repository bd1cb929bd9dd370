import gc


def justify(words, width):
    lines, line = [], []
    for w in words:
        if sum(map(len, line)) + len(line) + len(w) > width:
            lines.append(line)
            line = []
        line.append(w)
    if line:
        lines.append(line)
    out = []
    for i, ln in enumerate(lines):
        if i == len(lines) - 1 or len(ln) == 1:
            out.append(" ".join(ln).ljust(width))
            continue
        gaps = len(ln) - 1
        spaces = width - sum(map(len, ln))
        q, r = divmod(spaces, gaps)
        s = ""
        for j, w in enumerate(ln[:-1]):
            s += w + " " * (q + (1 if j < r else 0))
        out.append(s + ln[-1])
    return out


gc.collect()
text = ("Reference counting frees most objects the moment their last reference "
        "goes away while the cyclic collector finds groups that refer to each other")
for row in justify(text.split(), 28):
    print(f"|{row}|")
words = text.split()
print(max(words, key=len), min(words, key=len))
print(sorted({w[0] for w in words}))
print({len(w): w for w in words if len(w) > 8})
print(text.count("e"), text.find("cyclic"), text.rfind("the"), text.index("most"))
print(text[:20].upper().replace(" ", "_"), text.endswith("other"), text.startswith(("A", "Ref")))
print("count:", gc.get_count())

def justify(words, width):
    lines, line = [], []
    for w in words:
        if sum(map(len, line)) + len(line) + len(w) > width:
            lines.append(line)
            line = []
        line.append(w)
    out = []
    for ln in lines:
        gaps = len(ln) - 1 or 1
        spaces = width - sum(map(len, ln))
        s = ""
        for i, w in enumerate(ln):
            s += w
            if i < gaps:
                s += " " * (spaces // gaps + (i < spaces % gaps))
        out.append(s)
    out.append(" ".join(line).ljust(width))
    return out

text = "This is an example of text justification where each line has exactly the same width"
for w in (16, 24):
    for line in justify(text.split(), w):
        print(f"|{line}|")
    print()
print("centered:", "abc".center(9, "*"), "right:", "abc".rjust(6, "."), "zero:", "42".zfill(5))

import textwrap


def justify(words, width):
    lines, cur = [], []
    for w in words:
        if sum(map(len, cur)) + len(cur) + len(w) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    out = []
    for line in lines:
        if len(line) == 1:
            out.append(line[0].ljust(width))
            continue
        gaps = len(line) - 1
        spaces = width - sum(map(len, line))
        q, r = divmod(spaces, gaps)
        s = ""
        for i, w in enumerate(line[:-1]):
            s += w + " " * (q + (1 if i < r else 0))
        out.append(s + line[-1])
    out.append(" ".join(cur).ljust(width))
    return out


text = ("This is an example of text justification, a classic interview exercise "
        "that turns a list of words into lines of exactly the same width.")
for line in justify(text.split(), 30):
    print("|" + line + "|")
print()
for line in textwrap.wrap(text, 30):
    print("|" + line.center(30) + "|")
print(textwrap.fill(text, 40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(text, 45, placeholder=" [...]"))
print(textwrap.dedent("""\
    first
      second
    third"""))
print(textwrap.indent("a\nb\n\nc", "+ "))

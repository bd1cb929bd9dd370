TEXT = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs. "
        "How vexingly quick daft zebras jump! Sphinx of black quartz, judge my vow.")


def greedy_lines(words, width):
    line, lines = [], []
    for w in words:
        if line and len(" ".join(line + [w])) > width:
            lines.append(line)
            line = []
        line.append(w)
    if line:
        lines.append(line)
    return lines


def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(len(w) for w in line)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(line[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + line[-1]


def full_justify(text, width):
    lines = greedy_lines(text.split(), width)
    return [justify(l, width) for l in lines[:-1]] + [" ".join(lines[-1]).ljust(width)]


for width in (30, 44):
    print("+" + "-" * width + "+")
    for row in full_justify(TEXT, width):
        print("|" + row + "|")
    print("+" + "-" * width + "+")
print()
for align in (str.ljust, str.center, str.rjust):
    for line in greedy_lines(TEXT.split()[:12], 24):
        print("[" + align(" ".join(line), 26) + "]")
    print()
words = TEXT.replace(".", "").replace(",", "").replace("!", "").lower().split()
print("longest word:", max(words, key=len), "| shortest:", min(words, key=len))
print("title:", TEXT[:44].title())
print("swapcase:", "PyThOn Is FuN".swapcase(), "| casefold:", "Straße".casefold(), "| capitalize:", "hELLO wORLD".capitalize())
print("zfill:", "42".zfill(6), "-42".zfill(6), "+7".zfill(4), "| expandtabs:", repr("a\tbc\tdef\tg".expandtabs(4)))
print("partition:", "key=value=more".partition("="), "key=value=more".rpartition("="), "novalue".partition("="))
print("strip family:", repr("  xx--hi--xx  ".strip()), repr("xx--hi--xx".strip("x-")), repr("..ab..".lstrip(".")), repr("..ab..".rstrip(".")))
print("split family:", "a,b,,c".split(","), "a b  c".split(), "a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2))
print("lines:", "one\ntwo\r\nthree\n".splitlines(), "one\ntwo\n".splitlines(keepends=True))
print("find/index:", TEXT.find("fox"), TEXT.find("cat"), TEXT.rfind("quick"), TEXT.count("qu"), TEXT.index("zebras"))
print("tests:", "abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "   ".isspace(), "Title Case".istitle(), "snake_case".isidentifier())
print("prefix:", "unhappy".removeprefix("un"), "filename.txt".removesuffix(".txt"), "data.csv".endswith((".csv", ".tsv")))
print("join/replace:", "-".join("abc"), "banana".replace("a", "o", 2), "x".join(["1", "2", "3"]))
print("translate:", "hello world".translate(str.maketrans("lo", "01", "w")))

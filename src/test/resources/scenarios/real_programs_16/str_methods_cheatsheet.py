# A "string methods cheat sheet" a learner types out, one method per line with its result.
s = "  Hello, World! Hello, Python.  "
t = "the quick brown fox"
checks = [
    ("strip", s.strip()), ("lstrip", s.lstrip()), ("rstrip('. ')", s.rstrip(". ")),
    ("partition", t.partition(" ")), ("rpartition", t.rpartition(" ")),
    ("partition miss", t.partition("#")), ("split(None, 2)", t.split(None, 2)),
    ("rsplit(' ', 1)", t.rsplit(" ", 1)), ("title", t.title()), ("capitalize", t.capitalize()),
    ("swapcase", "PyThOn".swapcase()), ("casefold", "Straße".casefold()),
    ("zfill", "42".zfill(6)), ("zfill neg", "-42".zfill(6)), ("center", "hi".center(7, "*")),
    ("count", s.count("Hello")), ("count range", s.count("l", 5, 12)),
    ("find", s.find("World")), ("rfind", s.rfind("Hello")), ("find miss", s.find("xyz")),
    ("index", t.index("q")), ("startswith tuple", t.startswith(("a", "the"))),
    ("endswith", "file.tar.gz".endswith((".zip", ".gz"))),
    ("removeprefix", "unhappy".removeprefix("un")), ("removesuffix", "reading".removesuffix("ing")),
    ("replace n", "a-b-c-d".replace("-", "+", 2)), ("join", "/".join(["usr", "local", "bin"])),
    ("splitlines", "one\ntwo\r\nthree\n".splitlines()), ("keepends", "a\nb\n".splitlines(True)),
    ("isdigit", ["123".isdigit(), "12.3".isdigit(), "²".isdigit()]),
    ("isnumeric", ["½".isnumeric(), "٣".isdecimal(), "abc".isalpha()]),
    ("isidentifier", ["var_1".isidentifier(), "1var".isidentifier(), "class".isidentifier()]),
    ("istitle", ["Hello World".istitle(), "Hello world".istitle()]),
    ("isspace/upper/lower", [" \t".isspace(), "ABC".isupper(), "abc1".islower()]),
    ("expandtabs", "a\tbc\td".expandtabs(4)), ("format_map", "{x}+{y}".format_map({"x": 1, "y": 2})),
    ("encode", "café".encode()), ("ljust", "ab".ljust(5, "_")), ("isascii", "café".isascii()),
    ("maketrans", "hello".translate(str.maketrans({"l": "L", "o": None}))),
]
width = max(len(name) for name, _ in checks)
for name, result in checks:
    print(f"{name:<{width}} : {result!r}")
print(min(t.split(), key=len), sorted(t.split(), key=str.lower, reverse=True))
print("Ab" < "aB", "apple" < "apricot", "Z" < "a", ord("Z"), ord("a"))
print(" ".join(w[::-1] for w in t.split()), t.split()[::-1])

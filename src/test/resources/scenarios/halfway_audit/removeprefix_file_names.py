# Cleaning up file names with str.removeprefix and str.removesuffix (3.9+).
import sys

names = ["test_parser.py", "test_lexer.py", "helpers.py", "test_.py", "README"]
for name in names:
    stem = name.removesuffix(".py")
    short = stem.removeprefix("test_")
    print(f"{name!r:20} -> {stem!r:15} -> {short!r}")

word = "-".join(["un", "changed"])
same = word.removeprefix("x")
print(same is word, word.removesuffix("") is word, sys.getrefcount(word))
trimmed = word.removeprefix("un-")
print(trimmed, trimmed is word, sys.getrefcount(trimmed))
for bad in [lambda: word.removeprefix(1), lambda: word.removesuffix(), lambda: word.removeprefix("a", "b"),
            lambda: word.removesuffix(suffix="d")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(b"data.bin".removesuffix(b".bin"), bytearray(b"xxdata").removeprefix(b"xx"))

# Strings made by operations have the same compact layout as literals of
# the same content.
import sys

word = "memory"
results = {
    "upper": word.upper(),
    "title": word.title(),
    "concat": word + "!",
    "repeat": word * 3,
    "slice": word[1:4],
    "join": "-".join(word),
    "format": "%s=%d" % (word, 5),
    "fstring": f"{word:>10}",
    "replace": word.replace("m", "\u00e9"),
    "euro": word + "\u20ac",
    "emoji": word + "\U0001F600",
    "str(int)": str(12345),
    "repr": repr(word),
}
for name, s in results.items():
    print("%-9s len=%2d size=%d" % (name, len(s), sys.getsizeof(s)))
print("encode:", sys.getsizeof(word.encode()), sys.getsizeof("\u20ac".encode()))

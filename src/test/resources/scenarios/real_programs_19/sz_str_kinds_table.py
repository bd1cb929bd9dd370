# A str stores 1, 2 or 4 bytes per character, decided by its widest char.
import sys

samples = [
    ("", "empty"),
    ("a", "ascii 1"),
    ("abcdefghij", "ascii 10"),
    ("\xe9", "latin-1 1"),
    ("caf\xe9 caf\xe9", "latin-1 9"),
    ("\u20ac", "bmp 1"),
    ("\u20ac" * 10, "bmp 10"),
    ("\U0001F600", "astral 1"),
    ("a" * 9 + "\U0001F600", "astral 10"),
]
for text, label in samples:
    print("%-10s len=%2d size=%d" % (label, len(text), sys.getsizeof(text)))

base = sys.getsizeof("")
for width, ch in [(1, "x"), (2, "\u0100"), (4, "\U00010000")]:
    one = sys.getsizeof(ch)
    hundred = sys.getsizeof(ch * 100)
    print("width", width, "per char:", (hundred - one) // 99)

# Title-casing a list of book titles three ways, and why str.title surprises people.
import string

titles = ["the lord of the rings", "they're here", "o'neil's ABC of python3",
          "twenty-first century   blues", "a tale of two cities", "  leading and trailing  "]
SMALL = {"a", "an", "the", "of", "and", "or", "in", "to"}


def smart_title(text):
    words = text.split()
    out = []
    for i, word in enumerate(words):
        if 0 < i < len(words) - 1 and word.lower() in SMALL:
            out.append(word.lower())
        else:
            out.append(word[:1].upper() + word[1:].lower())
    return " ".join(out)


print(f"{'original':<32}|{'str.title':<32}|{'capwords':<32}|smart")
for t in titles:
    print(f"{t!r:<32}|{t.title():<32}|{string.capwords(t):<32}|{smart_title(t)}")
print(string.capwords("hyphen-ated words", "-"))
print(string.capwords("tab\tseparated\nlines"))
print("x".join(["a", "b"]).upper().center(9, "."), "mIxEd".swapcase(), "hello".capitalize())
print(string.ascii_uppercase[:5], string.digits, len(string.punctuation), string.whitespace == " \t\n\r\x0b\x0c")

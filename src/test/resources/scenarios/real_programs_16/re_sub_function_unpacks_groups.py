# re.sub with a replacement function of several statements (the match's groups unpacked first):
# the match and the pieces before it stay alive while the function runs.
import re
import sys

seen = []


def swap(m):
    month, day, year = m.groups()
    seen.append((m.start(), sys.getrefcount(m)))
    return f"{year}-{int(month):02d}-{int(day):02d}"


text = "due 3/14/2024, paid 12/1/2023, next 01/05/2024"
print(re.sub(r"(\d{1,2})/(\d{1,2})/(\d{4})", swap, text))
pattern = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
print(pattern.subn(swap, text, count=2))
print(seen)


def shout(m):
    word = m.group(0)
    if len(word) < 4:
        return None
    return word.upper()


print(re.sub(r"\w+", lambda m: m.group(0)[::-1], "one two three"), re.sub(r"[a-z]+", shout, "a tiny little example"))

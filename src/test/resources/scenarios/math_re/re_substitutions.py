# sub and subn: templates with backreferences, functions, counts and empty matches.
import re

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "mail bob@home and amy@work"))
print(re.sub(r"(?P<first>\w+) (?P<last>\w+)", r"\g<last>, \g<first>", "Ada Lovelace"))
print(re.sub(r"(\d+)", r"<\g<1>0>", "a1b22"), re.sub("a", r"\n\t|", "banana"))
print(re.subn(r"\s+", " ", "too   many    spaces  here"))
print(re.sub(r"\d", "#", "a1b2c3d4", count=2), re.sub(r"\d", "#", "a1b2c3", 1))
print(re.sub("x*", "-", "abxd"), re.sub("", "|", "abc"), re.subn("(?:)", "_", ""))

def shout(m):
    return m.group(0).upper() + "!"

print(re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "the quick brown fox"))
print(re.sub(r"[aeiou]", shout, "education"))
print(re.sub(r"(a)|(b)", r"[\1\2]", "abc"), re.sub(r"x", lambda m: None, "axbxc"))
prices = "apple 1.50, pear 0.75, melon 3.20"
print(re.sub(r"\d+\.\d+", lambda m: f"{float(m.group()) * 1.1:.2f}", prices))
p = re.compile(r"(\w+)=(\d+)")
print(p.sub(r"\2=\1", "a=1, b=22"), p.subn(r"\1", "x=5 y=6 z"))
s = "nothing to replace"
print(re.sub(r"\d", "", s) is s)
try:
    re.sub("a", lambda m: 1, "banana")
except TypeError as e:
    print("TypeError", e)

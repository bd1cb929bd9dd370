# split with groups, maxsplit and empty matches; escape of user input.
import re

print(re.split(r",\s*", "a, b,c,   d"))
print(re.split(r"(,)\s*", "a, b,c"), re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\s+", " leading and trailing "), re.split(r"x*", "axbc"), re.split(r"\b", "hi you"))
print(re.split(r"[;,]", "a;b,c;d", maxsplit=2), re.split(r"\d", "a1b2c3", 1))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words."))
user = "1+1=2? (yes) [maybe] a.b*c"
pat = re.escape(user)
print(pat)
print(re.escape("tab\there_under_score-dash"), re.escape(""))
s = "no separators"
parts = re.split(",", s)
print(parts, parts[0] is s)
print(re.compile(r"(?m)^#").split("#a\n#b\nc"))

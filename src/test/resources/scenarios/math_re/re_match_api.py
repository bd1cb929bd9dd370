# The Match API: group numbers and names, spans, defaults, errors, reprs.
import re

m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)(:(?P<port>\d+))?", "contact: admin@example.org now")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("host"), m.group(1, "host", 4), m[2], m["user"])
print(m.groups(), m.groups(""), m.groupdict(), m.groupdict("none"))
print(m.start(), m.end(), m.span(), m.start("host"), m.end(2), m.span(4), m.start(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string[:8], m.regs)
for bad in [5, "nope", -1, 1.5]:
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
try:
    m[9]
except IndexError as e:
    print("IndexError", e)
p = re.compile(r"\d+")
print(p.search("abc 123 def 45", 5), p.search("abc 123", 0, 5), p.match("12ab", 1), p.match("a12", 1))
print(p.findall("1 22 333 4444", 2, 10), list(p.finditer("9 88", 1)))
print(re.search(r"^\d", "a\n1"), re.search(r"^\d", "a\n1", re.M), re.search(r"a.c", "a\nc"), re.search(r"a.c", "a\nc", re.S))
print(re.search(r"a{60}", "b" + "a" * 70))
print(re.compile(r"x", re.I | re.M), re.compile(r"x", re.A), re.compile(r"(?s)x"), re.compile(r"x", re.X | re.S).flags)
print(re.search(r"(?<=\$)\d+(?=\.)", "cost: $42.50"), re.search(r"(?<!\w)cat(?!s)", "cats cat"))
print(re.search(r"(\w)\1", "abccd"), re.search(r"(?P<ch>\w)(?P=ch)", "xyzzy"), re.match(r"(?:ab)+", "ababa"))
try:
    re.search("a")
except TypeError as e:
    print("TypeError", e)
try:
    re.search("a", 5)
except TypeError as e:
    print("TypeError", e)

# Validating emails and phone numbers with fullmatch and match.
import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
for s in ["bob@example.com", "alice.smith+tag@mail.co.uk", "no-at-sign", "x@y", "a@b.c", "trailing@dot.com.", "üser@exämple.de"]:
    print(f"{s!r:28} full={bool(EMAIL.fullmatch(s))} match={EMAIL.match(s)}")
PHONE = re.compile(r"\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})")
for s in ["(555) 123-4567", "555.123.4567", "5551234567", "555-1234", "call 555 123 4567 now"]:
    m = PHONE.fullmatch(s)
    n = PHONE.search(s)
    print(s, m.groups() if m else None, n.group(0) if n else None, n.regs if n else None)
print(re.match(r"a|ab", "ab"), re.fullmatch(r"a|ab", "ab"), re.fullmatch(r"a*?", "aaa"))
print(re.search(r"colou?r", "The color and the colour"), re.search(r"x{2,3}", "axxxxb"), re.search(r"x{2,3}?", "axxxxb"))
print(re.match(r"\s*$", "   \n"), re.match(r"\s*\Z", "   \n"), re.search(r"(?i)HELLO", "say hello"))

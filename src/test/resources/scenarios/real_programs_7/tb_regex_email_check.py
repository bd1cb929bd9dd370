import re

EMAIL = re.compile(r"^(?P<user>[\w.+-]+)@(?P<domain>[\w-]+(\.[\w-]+)+)$")
PHONE = re.compile(r"\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})")

addresses = ["ada@example.com", "bob.smith+news@mail.co.uk", "not-an-email", "x@y", "eve@@evil.org"]
for a in addresses:
    m = EMAIL.match(a)
    if m:
        print(f"{a:28} user={m.group('user')!r} domain={m['domain']!r}")
    else:
        print(f"{a:28} invalid")

text = "Call (555) 123-4567 or 555.987.6543; fax 555 000 1111."
print(PHONE.findall(text))
print(PHONE.sub(lambda m: f"{m.group(1)}-XXX-{m.group(3)}", text))
print(re.split(r"[;,]\s*", "a, b;c,  d"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"))

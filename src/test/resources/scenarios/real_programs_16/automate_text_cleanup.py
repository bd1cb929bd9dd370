# "Automate the boring stuff"-style text chores: phone/email extraction with re, date reformatting.
import re

NOTES = """Call Jane at 415-555-1234 or (415) 555-9876 ext. 12 before 3/14/2024.
Bob's new email: bob.smith@example.com; old one was BOB@Mail.Example.org.
Meeting moved to 12/1/2023, then to 01/05/2024. Invoice #A-1029 due 2/29/2024.
Contact support@help.example.net or call 800.555.0199 (toll free)."""

phone_re = re.compile(r"""(
    (\d{3}|\(\d{3}\))?     # area code
    (\s|-|\.)?             # separator
    (\d{3})                # first 3 digits
    (\s|-|\.)              # separator
    (\d{4})                # last 4 digits
    (\s*(ext|x|ext\.)\s*(\d{2,5}))?  # extension
    )""", re.VERBOSE)
email_re = re.compile(r"[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}")
date_re = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")

phones = []
for groups in phone_re.findall(NOTES):
    area = groups[1].strip("()")
    num = "-".join(filter(None, [area, groups[3], groups[5]]))
    if groups[8]:
        num += " x" + groups[8]
    phones.append(num)
print("phones:", phones)
emails = [e.lower() for e in email_re.findall(NOTES)]
print("emails:", emails)
print("domains:", sorted({e.split("@")[1] for e in emails}))


def iso(m):
    month, day, year = m.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


print(date_re.sub(iso, NOTES.splitlines()[2]))
for m in date_re.finditer(NOTES):
    print(f"  {m.group(0):>10} at {m.start():>3}-{m.end():<3} -> {iso(m)}")
print(re.sub(r"\s+", " ", "  too    many\tspaces \n here ").strip())
print(re.split(r"[;,.]\s*", "a, b;c.  d"), re.findall(r"#([A-Z]-\d+)", NOTES))
masked = re.sub(r"(\d{3})[-.](\d{4})", lambda m: "***-" + m.group(2), NOTES.splitlines()[0])
print(masked)
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", NOTES)
print(m.group("user"), m.group("host"), m.groupdict(), m.span())
print(bool(re.fullmatch(r"[A-Z][a-z]+", "Jane")), re.match(r"\d+", "abc") is None)

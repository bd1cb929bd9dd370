# Password rules with lookaheads, and reporting which rule failed.
import re

STRONG = re.compile(r"(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}")
RULES = [(re.compile(r"[a-z]"), "a lowercase letter"), (re.compile(r"[A-Z]"), "an uppercase letter"),
         (re.compile(r"\d"), "a digit"), (re.compile(r"[^\w\s]"), "a symbol"), (re.compile(r".{8,}"), "8 characters")]
for pw in ["hunter2", "Hunter2!", "CorrectHorse9$", "aaaaaaaa", "ÄÖÜäöü12!", "short1A!", "no symbols Here1"]:
    ok = STRONG.fullmatch(pw) is not None
    missing = [name for rx, name in RULES if not rx.search(pw)]
    print(f"{pw!r:22} strong={ok} missing={missing}")
print(re.sub(r"(?<=.).", "*", "secret"), re.sub(r"\S(?=\S{4})", "#", "4111111111111111"))
print(re.findall(r"(?i)(?:pass|pwd)\s*[:=]\s*(\S+)", "Pass: abc pwd=xyz PASS = 9!"))

# A mail-merge with string.Template: $name and ${name} placeholders, $$ for a
# dollar sign, keywords over the mapping, safe_substitute leaving unknown names,
# and the errors substitute raises. The template keeps one reference to its
# str; the result is the template itself when nothing was replaced.
import sys
from string import Template


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d}"


class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"


text = "".join(["Dear $name,\n", "you owe $$${amount} since ${when}."])
letter = Template(text)
print(sys.getrefcount(text), letter.template is text, type(letter), isinstance(letter, Template))
print(sys.getsizeof(letter))
print(letter.substitute({"name": "Ann", "amount": Money(1250), "when": "May"}))
print(letter.substitute({"name": "Ann", "when": "May"}, amount=Money(5), name="Bo"))
print(letter.safe_substitute(name="Cy"))
print(letter.substitute(Defaults(name="Di")))
print(letter.get_identifiers(), letter.is_valid(), letter.delimiter, letter.braceidpattern)

plain = "".join(["no ", "placeholders here"])
same = Template(plain).substitute()
print(same is plain, sys.getrefcount(plain))
whole = Template("$who")
who = "".join(["the ", "owner"])
print(whole.substitute(who=who) is who, Template("$$").substitute())

for bad in ["cost: $5", "line one\nline $ two", "${oops"]:
    t = Template(bad)
    print(repr(t.safe_substitute()), t.is_valid())
    try:
        t.substitute()
    except ValueError as e:
        print("ValueError:", e)
try:
    letter.substitute(name="Ed")
except KeyError as e:
    print("KeyError:", e)
try:
    letter.substitute({}, {})
except TypeError as e:
    print("TypeError:", e)
try:
    Template(42).substitute()
except TypeError as e:
    print("TypeError:", e)
letter.template = "Hi $name"
print(sys.getrefcount(text), letter.substitute(name="Flo"))

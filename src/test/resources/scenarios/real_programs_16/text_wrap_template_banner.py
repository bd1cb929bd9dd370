# Text utilities: textwrap fill/indent/dedent/shorten, string.Template letters, a boxed banner.
import textwrap
import string

para = ("Python is an easy to learn, powerful programming language. It has efficient "
        "high-level data structures and a simple but effective approach to object-oriented "
        "programming.")
print(textwrap.fill(para, width=40))
print()
for line in textwrap.wrap(para, width=30, initial_indent="* ", subsequent_indent="  "):
    print(line)
print(textwrap.shorten(para, width=50, placeholder=" [...]"))
code = """
    def greet(name):
        return f"hi {name}"
"""
print(textwrap.dedent(code).strip())
print(textwrap.indent("one\ntwo\n\nthree", "> "))
letter = string.Template("Dear $name,\nYour order #$order of ${qty}x $item ships on $$day.")
print(letter.substitute(name="Kim", order=1042, qty=3, item="mugs"))
print(letter.safe_substitute(name="Lee"))
try:
    letter.substitute(name="X")
except KeyError as e:
    print("missing:", e)


def banner(text, width=30, ch="#"):
    inner = width - 4
    lines = textwrap.wrap(text, inner)
    print(ch * width)
    for ln in lines:
        print(f"{ch} {ln.center(inner)} {ch}")
    print(ch * width)


banner("Welcome to the weekly Python study hall session")
print(" ".join(w.capitalize() for w in "hello   world from python".split()), string.ascii_uppercase[:5], string.digits)
print(string.punctuation[:10], len(string.printable), "-".join(string.hexdigits[:4]))

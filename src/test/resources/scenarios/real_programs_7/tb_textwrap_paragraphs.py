import textwrap

text = ("Python is a programming language that lets you work quickly and integrate "
        "systems more effectively. It is used for web development, data analysis, "
        "automation and teaching beginners how to program.")

for width in (30, 50):
    print(f"--- width {width} ---")
    print(textwrap.fill(text, width=width))
print()
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=60, placeholder=" [...]"))
block = """
    def greet():
        print("hi")
"""
print(textwrap.dedent(block).strip())
print(textwrap.indent("one\ntwo\n\nthree", "> "))
print(len(textwrap.wrap(text, 25)))

import textwrap

quote = ("Simple is better than complex. Complex is better than complicated. "
         "Flat is better than nested. Sparse is better than dense. Readability counts.")

def boxed(text, width=40):
    lines = textwrap.wrap(text, width - 4)
    top = "+" + "-" * (width - 2) + "+"
    body = [f"| {line:<{width - 4}} |" for line in lines]
    return "\n".join([top, *body, top])

print(boxed(quote))
print(boxed("short", width=12))
print(textwrap.fill(quote, width=30, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(quote, width=50, placeholder=" [...]"))
print(textwrap.dedent("""
    def f():
        return 1
""").strip())
print(textwrap.indent("a\nb\n\nc", "# "))
for w in (10, 20):
    print(w, textwrap.wrap("supercalifragilisticexpialidocious is long", w))
banner = "PYTHON"
print(" ".join(banner).center(30, "="))
print("\n".join(f"{'*' * (2 * i + 1):^11}" for i in range(5)))

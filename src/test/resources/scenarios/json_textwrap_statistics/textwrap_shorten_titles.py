# shorten collapses whitespace and cuts at a word boundary with a placeholder.
import textwrap

titles = ["Introduction to   Python", "Memory management in CPython: reference counting and garbage collection",
          "Short", "Supercalifragilisticexpialidocious words"]
for t in titles:
    print(repr(textwrap.shorten(t, width=30)))
print(textwrap.shorten(titles[1], 40, placeholder="..."))
print(textwrap.shorten("Hello  world!", width=12), "|", textwrap.shorten("Hello  world!", width=11))
try:
    textwrap.shorten("anything at all", width=4)
except ValueError as e:
    print("ValueError:", e)

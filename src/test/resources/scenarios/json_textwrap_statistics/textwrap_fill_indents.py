# fill with an initial and a subsequent indent: a bullet list and a hanging indent.
import textwrap

items = ["Reference counting frees most objects the moment they become unreachable.",
         "The cyclic collector runs in three generations with thresholds 700, 10 and 10.",
         "Weak references do not keep their referent alive."]
for item in items:
    print(textwrap.fill(item, width=36, initial_indent="  * ", subsequent_indent="    "))
print(textwrap.fill("Definition: " + items[0], width=40, subsequent_indent=" " * 12))

# indent adds a prefix to lines: a quoted reply, and a predicate that prefixes every line.
import textwrap

reply = "Thanks for the report.\n\nI could reproduce it\nwith Python 3.11.\n"
print(textwrap.indent(reply, "> "), end="")
print(textwrap.indent(reply, "| ", lambda line: True), end="")
print(textwrap.indent("a\r\nb\n\n  \nc", "-"))
numbered = textwrap.indent("one\ntwo\n", "    ")
print(repr(numbered))

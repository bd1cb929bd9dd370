# wrap returns a list grown line by line: its size and references are a list's.
import sys, textwrap

words = " ".join(f"word{i}" for i in range(40))
for width in (15, 30, 80, 400):
    lines = textwrap.wrap(words, width)
    print(width, len(lines), sys.getsizeof(lines), sys.getrefcount(lines))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("  leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("tab\tseparated\twords", 10), textwrap.wrap("tab\tsep", 20, expand_tabs=False))

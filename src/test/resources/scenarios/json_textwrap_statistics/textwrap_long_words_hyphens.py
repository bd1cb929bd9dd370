# Long words are broken unless break_long_words=False; hyphenated words break after a hyphen.
import textwrap

text = "A pneumonoultramicroscopicsilicovolcanoconiosis diagnosis is well-known and self-explanatory -- really."
print(textwrap.wrap(text, 12))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap("https://example.com/a/very/long/path/to/a/page.html", 15))
print(textwrap.wrap("x" * 25, 10))

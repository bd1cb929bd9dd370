# str.split() splits on runs of whitespace; maxsplit keeps the rest whole.
text = "  the quick\tbrown   fox  "
print(text.split())
print(text.split(None, 1))
print(text.rsplit(None, 1))
print("a,b,,c".split(","))
print("a,b,,c".split(",", 1))
print("a,b,,c".rsplit(",", 2))

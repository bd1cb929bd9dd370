# str prints plainly; repr inside containers quotes strings and escapes.
s = "it's"
print(s, [s], ["a\nb"], ['say "hi"'])
print(["tab\there"], [""], ["back\\slash"])

import string

text = "The Quick Brown Fox Jumps Over The Lazy Dog"
print(text.casefold(), text.swapcase())
print("42".zfill(5), "-42".zfill(5), "abc".center(9, "*"), "x".ljust(3, ".") + "|")
head, sep, tail = "key=value=more".partition("=")
print(head, sep, tail, "key=value=more".rpartition("="))
table = str.maketrans("aeiou", "AEIOU", "xyz")
print("lazy fox and yak".translate(table))
print(set(string.ascii_lowercase) - set(text.lower()))
tmpl = "Hello {name}, you owe ${amount}"
print(tmpl.format(name="Ann", amount=12.5))
print(tmpl.format_map({"name": "Bo", "amount": "?"}))
print("{name:>8}|{score:^7.1f}|".format_map({"name": "Cy", "score": 9.25}))
print(" ".join(w.capitalize() for w in "hello   wide world".split()))
print("a,b,,c".split(","), "a b  c".split(), "line1\nline2\r\nline3".splitlines())
print("Mississippi".count("ss"), "Mississippi".find("ss", 3), "Mississippi".rindex("s"))
print("the  old man".title(), "Title Case".istitle(), "ABC123".isalnum())

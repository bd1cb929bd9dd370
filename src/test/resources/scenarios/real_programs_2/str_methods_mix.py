s = "  Hello, World  "
print(s.strip().lower().replace("world", "there"), s.lstrip(), s.rstrip() + "|")
print("a,b,,c".split(","), "a b  c".split(), "x".join("abc"), "abc".startswith(("x", "a")))
print("Title case words".title(), "ABC".isupper(), "abc123".isalnum(), "  ".isspace())
print("hello"[1:4], "hello"[::-1], "hello".partition("l"), "hello".rpartition("l"))
print("%-5s|%5.1f|%03d" % ("ab", 3.14159, 7), "tab\tsep".expandtabs(4))
print(str.maketrans("abc", "xyz"), "aabbcc".translate(str.maketrans("abc", "xyz")))
print("{:>8}|{:<8}|{:^8}".format("r", "l", "c"), format(3.14159, ".2f"), f"{42:b}")

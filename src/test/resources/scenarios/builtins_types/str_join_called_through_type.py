# str.join("-", words) is "-".join(words): the separator is the receiver
words = ["a", "b", "c"]
print(str.join("-", words))
print(str.join("", []))
print(str.split("a b  c"))

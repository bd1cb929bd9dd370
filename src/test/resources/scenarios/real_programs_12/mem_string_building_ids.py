import sys

s = "a"
alias = s
s += "b"
print(s, alias, s is alias)
parts = ["x"] * 3
print(parts[0] is parts[1])
letters = list("hello")
print(letters, letters[2] is letters[3])
word = "hello"
print(word[1:3], word[::-1], word.upper() is word, word.lower() is word)
print(word.replace("z", "q") is word, word.strip() is word, word[:] is word)
sizes = [sys.getsizeof("x" * n) for n in (0, 1, 10, 100)]
print(sizes)
print(sys.getsizeof("ünï"), sys.getsizeof("日本"), sys.getsizeof("😀"))
key = "".join(["ke", "y"])
d = {"key": 1}
print(d[key], key == "key")
print(ascii("naïve"), repr("tab\there"), len("tab\there"))

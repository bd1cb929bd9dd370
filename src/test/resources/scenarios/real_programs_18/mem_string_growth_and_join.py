# Strings are immutable: += makes new objects; join builds once. Sizes by content.
import sys

s = ""
sizes = []
for i in range(10):
    sizes.append(sys.getsizeof(s))
    s += str(i)
print(sizes)
parts = [str(i) for i in range(10)]
joined = "".join(parts)
print(joined == s, sys.getsizeof(joined))
a = "data"
b = a
a += "!"
print(a, b, a is b)
for text in ["", "a", "abc", "é", "aé", "€uro", "日本語", "🐍", "a🐍"]:
    print(f"{text!r:8} len {len(text)} size {sys.getsizeof(text)}")
words = ["memory", "is", "managed"]
sentence = " ".join(words)
print(sentence, len(sentence), sys.getsizeof(sentence))
print(sys.getsizeof(sentence.upper()) == sys.getsizeof(sentence), sentence.upper() is sentence.upper())
print(sentence[:6] == words[0], sentence[:6] is words[0])
print(sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(bytearray(b"abc")))

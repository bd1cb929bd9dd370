# sorted with key and reverse keeps equal items in their original order.
words = ["bb", "a", "ccc", "dd", "e"]
def length(w):
    return len(w)
print(sorted(words, key=length))
print(sorted(words, key=length, reverse=True))
print(sorted(words, reverse=True))
words.sort(key=length)
print(words)

word = "python"
letters = list(word)
letters[0] = "P"
print(word, "".join(letters))
upper = word.upper()
print(word, upper, word is upper)
try:
    word[0] = "P"
except TypeError as e:
    print(e)
sentence = "the quick brown fox"
words = sentence.split()
caps = [w.capitalize() for w in words]
print(" ".join(caps), sentence.title())
rev = " ".join(reversed(words))
print(rev, sentence[::-1])
print(sentence.replace("quick", "slow"), sentence.count("o"), sentence.find("brown"))
print(f"{'|'.join(words):^30}|")
print("%-8s|%5.2f|%03d" % ("ab", 3.14159, 7))

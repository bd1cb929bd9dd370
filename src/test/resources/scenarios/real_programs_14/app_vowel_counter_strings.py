import gc


gc.collect()
sentence = "Programming in Python is fun and memory is managed for you"
vowels = {v: 0 for v in "aeiou"}
for ch in sentence.lower():
    if ch in ["a", "e", "i", "o", "u"]:
        vowels[ch] += 1
print(vowels)
print("consonants:", sum(1 for ch in sentence.lower() if ch.isalpha() and ch not in "aeiou"))
words = sentence.split()
print([w for w in words if w[0].lower() in ("p", "m")])
print(" ".join(w[::-1] for w in words[:4]))
print(sentence.replace(" is ", " IS ").count("IS"), sentence.lower().index("memory"))
acronym = "".join(w[0].upper() for w in words if len(w) > 3)
print("acronym:", acronym)
for w in ["level", "python", "noon"]:
    print(w, "palindrome" if w == w[::-1] else "plain")
print("count:", gc.get_count())

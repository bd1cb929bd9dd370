s = "python"
t = s
s = s.capitalize()
print(s, t)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
chars = list(s)
chars[0] = "J"
j = "".join(chars)
print(j, s)
parts = []
for word in ["memory", "lab", "rocks"]:
    parts.append(word.title())
sentence = " ".join(parts)
print(sentence, len(sentence))
print(sentence.replace("Lab", "Labs"), sentence)
print(sentence[::-1])

import string

lines = []
while True:
    try:
        line = input()
    except EOFError:
        break
    if line.strip() == "END":
        break
    lines.append(line)

text = " ".join(lines)
words = [w.strip(string.punctuation).lower() for w in text.split()]
words = [w for w in words if w]
sentences = sum(text.count(p) for p in ".!?")
print("lines:", len(lines))
print("words:", len(words))
print("sentences:", sentences)
print("avg word length: {:.2f}".format(sum(map(len, words)) / len(words)))
counts = {}
for w in words:
    counts.setdefault(w, 0)
    counts[w] += 1
ranked = sorted(counts, key=lambda w: (-counts[w], w))
for word in ranked[:4]:
    print(f"{word:<6}{'#' * counts[word]}")
longest = max(words, key=len)
print("longest:", longest, "vowels:", sum(ch in "aeiou" for ch in text.lower()))

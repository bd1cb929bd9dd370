# text statistics without files
poem = """Two roads diverged in a yellow wood,
And sorry I could not travel both
And be one traveler, long I stood
And looked down one as far as I could"""
lines = poem.splitlines()
print(len(lines), "lines")
for no, line in enumerate(lines, 1):
    words = line.split()
    print(f"{no:>2}: {len(words):2} words, first={words[0]!r}, last={words[-1].rstrip(',')!r}")
all_words = [w.strip(",.").lower() for w in poem.split()]
freq = {}
for w in all_words:
    freq[w] = freq.get(w, 0) + 1
common = [w for w, n in freq.items() if n > 1]
print(sorted(common))
print(max(all_words, key=len), min(len(w) for w in all_words))
initials = "".join(line[0] for line in lines)
print(initials, initials.isupper(), initials.lower())
print(poem.index("wood"), "travel" in poem, poem.count("And"))
table = str.maketrans("aeiou", "*****")
print(lines[0].translate(table))

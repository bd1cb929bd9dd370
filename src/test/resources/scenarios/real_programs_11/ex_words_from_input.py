n = int(input("How many sentences? "))
counts = {}
longest = ""
for i in range(n):
    line = input(f"Sentence {i + 1}: ").strip()
    for word in line.lower().split():
        word = word.strip(".,!?")
        if not word:
            continue
        counts[word] = counts.get(word, 0) + 1
        if len(word) > len(longest):
            longest = word
print()
print(f"{'word':<10}count")
for word, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{word:<10}{c:>5}")
print("longest:", longest)

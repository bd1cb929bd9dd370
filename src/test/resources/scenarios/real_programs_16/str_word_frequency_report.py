# Word frequency over a paragraph: normalise, count with a dict, report with format specs.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness."""

PUNCT = ",.;:!?\"'"


def words(text):
    cleaned = text.lower().translate(str.maketrans("", "", PUNCT))
    return cleaned.split()


counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1

total = sum(counts.values())
print(f"{total:,} words, {len(counts)} distinct")
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(f"{'word':<12}|{'count':^7}|{'share':>7}")
print(f"{'':-<12}+{'':-^7}+{'':->7}")
for w, c in ranked[:8]:
    print(f"{w:<12}|{c:^7d}|{c / total:>7.1%}")
longest = max(counts, key=len)
print("longest:", longest, len(longest))
by_len = {}
for w in counts:
    by_len.setdefault(len(w), []).append(w)
for n in sorted(by_len):
    print(f"{n:>2}: {', '.join(sorted(by_len[n]))}")
hapax = sorted(w for w, c in counts.items() if c == 1)
print("once:", hapax)
print("bar chart:")
for w, c in ranked[:4]:
    print(f"  {w:>5} {'#' * c} ({c})")

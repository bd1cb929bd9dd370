import random
from collections import Counter

rng = random.Random(99)


def roll(n):
    return [rng.randint(1, 6) for _ in range(n)]


def score(dice):
    counts = Counter(dice)
    shape = sorted(counts.values(), reverse=True)
    total = sum(dice)
    faces = set(dice)
    table = {f"{n}s": n * counts[n] for n in range(1, 7)}
    table["three of a kind"] = total if shape[0] >= 3 else 0
    table["four of a kind"] = total if shape[0] >= 4 else 0
    table["full house"] = 25 if shape == [3, 2] else 0
    table["small straight"] = 30 if any(set(r) <= faces for r in ((1, 2, 3, 4), (2, 3, 4, 5), (3, 4, 5, 6))) else 0
    table["large straight"] = 40 if faces in ({1, 2, 3, 4, 5}, {2, 3, 4, 5, 6}) else 0
    table["yahtzee"] = 50 if shape[0] == 5 else 0
    table["chance"] = total
    return table


def play_turn():
    dice = roll(5)
    history = [dice[:]]
    for _ in range(2):
        most, _ = Counter(dice).most_common(1)[0]
        keep = [d for d in dice if d == most]
        dice = keep + roll(5 - len(keep))
        history.append(dice[:])
    return history


for turn in range(1, 5):
    history = play_turn()
    final = sorted(history[-1])
    table = score(final)
    best = max(table, key=lambda k: (table[k], k))
    print(f"turn {turn}: " + " -> ".join("".join(map(str, h)) for h in history) + f"  best: {best} ({table[best]})")
for dice in ([2, 3, 4, 5, 6], [3, 3, 3, 5, 5], [6, 6, 6, 6, 6], [1, 2, 3, 4, 6]):
    t = score(dice)
    print(dice, {k: v for k, v in t.items() if v and not k[0].isdigit()})

def ask_int(prompt, low, high):
    while True:
        raw = input(prompt)
        try:
            value = int(raw)
        except ValueError:
            print(f"  '{raw}' is not a whole number, try again")
            continue
        if low <= value <= high:
            return value
        print(f"  {value} is outside {low}..{high}, try again")


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


count = ask_int("How many students? ", 1, 10)
roster = []
for n in range(1, count + 1):
    name = input(f"Name of student {n}: ").strip().title()
    score = ask_int(f"Score for {name}: ", 0, 100)
    roster.append((name, score))
print()
print(f"{'Name':<12}{'Score':>6}{'Grade':>7}")
for name, score in sorted(roster, key=lambda p: (-p[1], p[0])):
    print(f"{name:<12}{score:>6}{letter(score):>7}")
scores = [s for _, s in roster]
print(f"average {sum(scores) / len(scores):.1f}, best {max(scores)}, worst {min(scores)}")
again = input("Print histogram? [y/n] ").lower().startswith("y")
if again:
    for grade in "ABCDF":
        n = sum(letter(s) == grade for s in scores)
        print(f"{grade}: {'#' * n}")

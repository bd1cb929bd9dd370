QUESTIONS = [
    ("Capital of France?", "paris"),
    ("2 ** 5 = ?", "32"),
    ("Python keyword to define a function?", "def"),
    ("Largest planet?", "jupiter"),
]

def ask(prompt, answer, attempts=2):
    for attempt in range(1, attempts + 1):
        reply = input(f"{prompt} ").strip().lower()
        if reply == answer:
            points = 2 if attempt == 1 else 1
            print(f"  correct! +{points}")
            return points
        print(f"  '{reply}' is wrong" + (", try again" if attempt < attempts else ""))
    print(f"  the answer was {answer!r}")
    return 0

def main():
    name = input("Your name: ")
    total = 0
    results = []
    for q, a in QUESTIONS:
        pts = ask(q, a)
        results.append(pts)
        total += pts
    best = 2 * len(QUESTIONS)
    print(f"{name}: {total}/{best} ({total / best:.0%})")
    print("first-try answers:", sum(1 for p in results if p == 2))

if __name__ == "__main__":
    main()

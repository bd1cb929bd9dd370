WORD = "encapsulation"
MAX_MISSES = 6

def render(word, guessed):
    return " ".join(ch if ch in guessed else "_" for ch in word)

def play():
    guessed = set()
    misses = []
    while True:
        print(render(WORD, guessed), f"  misses: {''.join(misses) or '-'} ({len(misses)}/{MAX_MISSES})")
        if all(ch in guessed for ch in WORD):
            print("You won!")
            return True
        if len(misses) >= MAX_MISSES:
            print(f"You lost, the word was {WORD!r}")
            return False
        try:
            guess = input("guess a letter: ").strip().lower()
        except EOFError:
            print("\nquitting")
            return None
        if len(guess) != 1 or not guess.isalpha():
            print("  one letter please")
            continue
        if guess in guessed or guess in misses:
            print(f"  already tried {guess!r}")
            continue
        if guess in WORD:
            guessed.add(guess)
            print(f"  yes, {WORD.count(guess)} x {guess}")
        else:
            misses.append(guess)
            print("  no")

result = play()
print("result:", result)

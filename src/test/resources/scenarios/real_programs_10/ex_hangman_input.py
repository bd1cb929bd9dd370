SECRET = "memory"
MAX_MISSES = 5

guessed = set()
misses = 0
while misses < MAX_MISSES:
    shown = " ".join(c if c in guessed else "_" for c in SECRET)
    print(shown, f"(misses: {misses}/{MAX_MISSES})")
    if "_" not in shown:
        print("You win!")
        break
    try:
        guess = input("guess: ").strip().lower()
    except EOFError:
        print("\nno more input")
        break
    if len(guess) != 1 or not guess.isalpha():
        print(f"{guess!r} is not a single letter")
        continue
    if guess in guessed:
        print("already tried", guess)
        continue
    guessed.add(guess)
    if guess in SECRET:
        print(f"yes, {SECRET.count(guess)} x {guess}")
    else:
        misses += 1
        print("no")
else:
    print("You lose; it was", SECRET)
print("letters tried:", "".join(sorted(guessed)))

# Hangman played by a seeded "player" guessing letters at random.
import random

random.seed(11)
WORDS = ["python", "variable", "function", "iterator", "dictionary", "recursion"]
word = random.choice(WORDS)
guessed = set()
wrong = 0
alphabet = list("etaoinshrdlucmfwypvbgkjqxz")
random.shuffle(alphabet)
STAGES = ["", "O", "O|", "O|/", "O|/\\", "O|/\\/", "O|/\\/\\"]
for letter in alphabet:
    if wrong >= 6 or set(word) <= guessed:
        break
    guessed.add(letter)
    if letter in word:
        shown = " ".join(ch if ch in guessed else "_" for ch in word)
        print(f"{letter}: yes  {shown}")
    else:
        wrong += 1
        print(f"{letter}: no   {STAGES[wrong]}")
print("word was", word, "| won" if set(word) <= guessed else "| lost", "| guesses", len(guessed))
scores = {w: random.randint(1, 10) for w in WORDS}
print(sorted(scores.items(), key=lambda kv: kv[1], reverse=True)[:3])
print(random.sample(WORDS, k=2), random.choices(range(3), k=5))

import random

rng = random.Random(31)
secret = rng.randint(1, 100)
print("I'm thinking of a number between 1 and 100.")
tries = 0
history = []
while True:
    raw = input("Your guess: ")
    if not raw.strip().lstrip("-").isdigit():
        print(f"  {raw!r} isn't a number")
        continue
    guess = int(raw)
    tries += 1
    history.append(guess)
    if guess < secret:
        print("  too low", "(warm)" if secret - guess <= 10 else "")
    elif guess > secret:
        print("  too high", "(warm)" if guess - secret <= 10 else "")
    else:
        print(f"  got it in {tries} tries!")
        break
print("guesses:", history)
low, high, steps = 1, 100, 0
while True:
    steps += 1
    mid = (low + high) // 2
    if mid == secret:
        break
    low, high = (mid + 1, high) if mid < secret else (low, mid - 1)
print(f"binary search would need {steps}")

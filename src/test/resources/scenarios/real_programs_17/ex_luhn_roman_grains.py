# Exercism-style number puzzles: Luhn, Roman numerals both ways, grains, Armstrong, collatz steps.
def luhn_valid(card):
    digits = card.replace(" ", "")
    if len(digits) <= 1 or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


NUMERALS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n):
    out = []
    for value, letters in NUMERALS:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def parse_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total


def square(number):
    if not 1 <= number <= 64:
        raise ValueError("square must be between 1 and 64")
    return 2 ** (number - 1)


def armstrong(n):
    s = str(n)
    return n == sum(int(c) ** len(s) for c in s)


def collatz_steps(n):
    if n < 1:
        raise ValueError("Only positive integers are allowed")
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


for card in ["4539 3195 0343 6467", "8273 1232 7352 0569", "059", "0", " 0 0 ", "055 444 285", "055a 444 285"]:
    print(f"{card!r:24} {luhn_valid(card)}")
for n in (1, 4, 9, 14, 27, 48, 59, 93, 141, 163, 402, 575, 911, 1024, 1996, 3000, 3999):
    r = roman(n)
    assert parse_roman(r) == n, (n, r)
    print(n, r, sep="=", end="  ")
print()
print(square(1), square(32), square(64), sum(square(i) for i in range(1, 65)))
print(f"{sum(square(i) for i in range(1, 65)):,}")
for bad in (0, 65, -1):
    try:
        square(bad)
    except ValueError as e:
        print(bad, "->", e)
print([n for n in range(1, 10000) if armstrong(n)])
print({n: collatz_steps(n) for n in (1, 16, 12, 27, 1000000)})
try:
    collatz_steps(0)
except ValueError as e:
    print(e)

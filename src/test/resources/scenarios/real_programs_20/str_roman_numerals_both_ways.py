NUMERALS = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]
VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def to_roman(n):
    if not isinstance(n, int):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range 1..3999")
    out = []
    for value, symbol in NUMERALS:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(text):
    text = text.upper()
    if not text or set(text) - VALUES.keys():
        raise ValueError(f"not a roman numeral: {text!r}")
    total = 0
    for here, after in zip(text, text[1:] + " "):
        value = VALUES[here]
        if after != " " and VALUES[after] > value:
            total -= value
        else:
            total += value
    if to_roman(total) != text:
        raise ValueError(f"non-canonical numeral {text!r} (did you mean {to_roman(total)}?)")
    return total


for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
    r = to_roman(n)
    print(f"{n:>5} -> {r:<12} -> {from_roman(r)}")
print("lowercase:", from_roman("mcmlxxxiv"))
for bad in ("IIII", "VX", "ABC", "", "MMMM"):
    try:
        from_roman(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in (0, 4000, 2.5):
    try:
        to_roman(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
longest = max(range(3800, 3900), key=lambda k: (len(to_roman(k)), k))
print("longest in 3800s:", longest, to_roman(longest), len(to_roman(longest)))
print("palindromes under 100:", [to_roman(k) for k in range(1, 100) if to_roman(k) == to_roman(k)[::-1] and len(to_roman(k)) > 1])
print("sum of year parts:", from_roman("MM") + from_roman("XXIV"), "=", to_roman(from_roman("MM") + from_roman("XXIV")))

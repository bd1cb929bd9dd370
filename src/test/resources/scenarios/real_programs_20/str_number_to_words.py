ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")]


def below_thousand(n):
    words = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words.append(ONES[hundreds] + " hundred")
    if rest:
        if hundreds:
            words.append("and")
        if rest < 20:
            words.append(ONES[rest])
        else:
            tens, ones = divmod(rest, 10)
            words.append(TENS[tens] + ("-" + ONES[ones] if ones else ""))
    return " ".join(words)


def say(n):
    if n < 0:
        return "minus " + say(-n)
    if n == 0:
        return "zero"
    parts = []
    for value, name in SCALES:
        count, n = divmod(n, value)
        if count:
            parts.append(f"{say(count)} {name}")
    if n:
        if parts and n < 100:
            parts.append("and")
        parts.append(below_thousand(n))
    return " ".join(parts)


def ordinal(n):
    words = say(n)
    irregular = {"one": "first", "two": "second", "three": "third", "five": "fifth",
                 "eight": "eighth", "nine": "ninth", "twelve": "twelfth"}
    head, sep, last = words.rpartition(" ")
    prefix, dash, tail = last.rpartition("-")
    if tail in irregular:
        tail = irregular[tail]
    elif tail.endswith("y"):
        tail = tail[:-1] + "ieth"
    else:
        tail += "th"
    return head + sep + prefix + dash + tail


def suffix(n):
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


for n in (0, 7, 13, 20, 42, 100, 101, 115, 999, 1000, 1001, 12345, 1000000, 7000021, -86, 2147483647):
    print(f"{n:>11,}: {say(n)}")
print([ordinal(n) for n in (1, 2, 3, 4, 5, 8, 9, 12, 20, 21, 30, 99, 100, 103)])
print([suffix(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112, 123)])
letters = {n: len(say(n).replace(" ", "").replace("-", "")) for n in range(1, 1001)}
print("letters used for 1..1000:", sum(letters.values()))
print("longest name under 1000:", max(range(1, 1000), key=lambda n: (letters[n], -n)), say(max(range(1, 1000), key=lambda n: (letters[n], -n))))
cheque = 4321.07
dollars, cents = divmod(round(cheque * 100), 100)
print(f"Pay {say(dollars).capitalize()} dollars and {cents:02d}/100")

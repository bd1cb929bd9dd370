# Every way a division by zero shows up.
cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1.0 // 0.0", lambda: 1.0 // 0.0),
    ("5.5 % 0", lambda: 5.5 % 0),
    ("divmod(3, 0)", lambda: divmod(3, 0)),
    ("divmod(3.0, 0)", lambda: divmod(3.0, 0)),
    ("0 ** -1", lambda: 0 ** -1),
    ("0.0 ** -1", lambda: 0.0 ** -1),
    ("pow(0, -2)", lambda: pow(0, -2)),
    ("pow(2, -1, 4)", lambda: pow(2, -1, 4)),
]
for text, fn in cases:
    try:
        print(text, "=", fn())
    except ZeroDivisionError as e:
        print(f"{text:14} ZeroDivisionError: {e}")
    except ValueError as e:
        print(f"{text:14} ValueError: {e}")

def safe_mean(xs):
    try:
        return sum(xs) / len(xs)
    except ZeroDivisionError:
        return float("nan")

print(safe_mean([1, 2, 3, 4]), safe_mean([]))
print(pow(3, -1, 7), 7 % -3, -7 // 2, -7 % 2)
scores = {"quiz": (18, 20), "exam": (0, 0)}
for k, (got, out_of) in scores.items():
    print(k, f"{got / out_of:.0%}")

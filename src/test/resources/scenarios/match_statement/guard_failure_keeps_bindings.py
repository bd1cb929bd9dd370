# A failed guard leaves the names bound by its pattern (CPython stores before the guard runs).
def pick(v):
    match v:
        case [x, y] if x > y:
            return f"descending {x} {y}"
        case [x, y]:
            return f"ascending {x} {y}"
point = [1, 5]
print(pick(point))
match point:
    case [a, b] if a > b:
        print("no")
    case _:
        print("a and b still bound:", a, b)

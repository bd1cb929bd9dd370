from fractions import Fraction

recipe = {
    "flour (cups)": Fraction(9, 4),
    "sugar (cups)": Fraction(2, 3),
    "eggs": Fraction(2),
    "butter (tbsp)": Fraction(5, 2),
}

def pretty(q):
    whole, rest = divmod(q.numerator, q.denominator)
    if rest == 0:
        return str(whole)
    frac = f"{rest}/{q.denominator}"
    return f"{whole} {frac}" if whole else frac

def scale(rec, factor):
    return {item: qty * factor for item, qty in rec.items()}

for servings, factor in [(4, Fraction(1)), (6, Fraction(3, 2)), (2, Fraction(1, 2))]:
    print(f"-- {servings} servings --")
    for item, qty in scale(recipe, factor).items():
        print(f"  {item:<15}{pretty(qty):>7}")
total = sum(recipe.values())
print(total, float(total), Fraction("0.25") + Fraction(1, 3))

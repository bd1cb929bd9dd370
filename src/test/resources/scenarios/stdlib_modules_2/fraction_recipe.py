# Scaling a recipe with exact fractions instead of floats.
import sys
from fractions import Fraction

recipe = {"flour": Fraction(3, 4), "sugar": Fraction(1, 3), "butter": Fraction("0.5"), "eggs": Fraction(2)}
servings = Fraction(5, 2)
for item, cups in recipe.items():
    scaled = cups * servings
    whole = int(scaled)
    part = scaled - whole
    text = f"{whole} and {part}" if whole and part else str(scaled)
    print(f"{item:<7}{str(cups):>5} -> {text}")
total = sum(recipe.values())
print("total:", total, repr(total), float(total))
print(sys.getsizeof(total), sys.getrefcount(total))
print(total.numerator, total.denominator, total.as_integer_ratio())

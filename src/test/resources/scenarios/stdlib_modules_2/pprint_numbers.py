# Numbers with underscore_numbers=True, and the ValueErrors of bad settings.
import pprint

populations = {"Tokyo": 37400068, "Delhi": 28514000, "Shanghai": 25582000, "Reykjavik": 131136}
pprint.pprint(populations, underscore_numbers=True)
pprint.pprint([2 ** 40, -10 ** 9, 999, 1000, 3.25], underscore_numbers=True, width=30)
for settings in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.pprint([1, 2], **settings)
    except ValueError as e:
        print("ValueError:", e)
pprint.pprint([1, 2, 3], indent=2.9, width=5.5)

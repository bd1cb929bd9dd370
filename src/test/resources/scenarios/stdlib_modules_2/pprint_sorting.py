# Dict keys are sorted unless sort_dicts=False; pp keeps insertion order.
import pprint

scores = {"zoe": 81, "adam": 92, "mia": 77, "ben": 88}
pprint.pprint(scores, width=20)
pprint.pprint(scores, width=20, sort_dicts=False)
pprint.pp(scores, width=20)
mixed = {3: "three", "two": 2, 1.5: "one and a half", None: "nothing"}
pprint.pprint(mixed, width=30)
print(pprint.pformat(scores))
print(list(scores), "unchanged by pprint")

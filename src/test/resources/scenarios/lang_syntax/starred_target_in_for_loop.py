# A starred name in a for target: each row splits into a head and a list of the rest.
rows = [("ann", 90, 85), ("bob", 70), ("cy",)]
for name, *scores in rows:
    print(name, scores, sum(scores))

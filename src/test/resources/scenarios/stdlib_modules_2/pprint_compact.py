# compact=True packs short items on shared lines; indent changes the margin.
import pprint

squares = [n * n for n in range(30)]
pprint.pprint(squares, width=40)
print("---")
pprint.pprint(squares, width=40, compact=True)
print("---")
pprint.pprint(squares, width=40, compact=True, indent=4)
words = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew"]
pprint.pprint(words, width=30, compact=True)
pprint.pprint({"fruits": words, "counts": squares[:12]}, width=45, compact=True)

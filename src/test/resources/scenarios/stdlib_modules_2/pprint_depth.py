# Limiting how deep pprint goes into a tree of nested lists and dicts.
import pprint

tree = {"root": {"left": {"left": [1, 2], "right": [3]}, "right": {"leaf": [4, 5, 6]}}}
for depth in (1, 2, 3, None):
    print("depth", depth)
    pprint.pprint(tree, depth=depth, width=40)
chain = [1, [2, [3, [4, [5]]]]]
pprint.pprint(chain, depth=3)
print(pprint.pformat(chain, depth=2) == "[1, [2, [...]]]")

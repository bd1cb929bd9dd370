# pformat returns the text: indenting it, counting lines, writing it into a StringIO.
import io
import pprint
import sys

inventory = [
    {"sku": "A-100", "name": "bolt", "sizes": [4, 6, 8, 10], "stock": 1200},
    {"sku": "B-220", "name": "washer", "sizes": [4, 6], "stock": 0},
    {"sku": "C-310", "name": "hex nut", "sizes": [6, 8, 10, 12, 14], "stock": 75},
]
text = pprint.pformat(inventory, width=60)
print(text.count("\n") + 1, "lines")
for line in text.splitlines():
    print("  |", line)
out = io.StringIO()
pprint.pprint(inventory[1], stream=out, width=30)
pprint.pprint(inventory[2]["sizes"], stream=out, width=12)
print(out.getvalue(), end="")
print(sys.getrefcount(inventory), sys.getrefcount(text))
print(pprint.pformat(list(range(5))) == repr(list(range(5))))

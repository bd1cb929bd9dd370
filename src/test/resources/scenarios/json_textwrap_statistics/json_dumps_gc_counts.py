# json.dumps makes only a str; its helper objects come and go through the free lists.
import gc, json

inventory = [{"item": "pen", "qty": 3}, {"item": "pad", "qty": 1}]
gc.collect()
text = json.dumps(inventory)
print(gc.get_count())
text = json.dumps(inventory)
print(gc.get_count())
text = json.dumps(inventory, sort_keys=True)
print(gc.get_count())
gc.collect()
s = json.dumps("just a string")
print(gc.get_count(), s)
gc.collect()
print(json.dumps({"deep": {"er": {"est": [1]}}}), gc.get_count())

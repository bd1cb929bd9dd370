from collections import Counter, ChainMap

inventory = Counter(apples=5, pears=2, plums=0)
sold = Counter(apples=3, pears=2)
print(inventory - sold, inventory + sold, inventory & sold, inventory | sold)
inventory.subtract(sold)
print(inventory, +inventory, -inventory)
print(sorted(Counter("abracadabra").elements()), Counter("abracadabra").most_common(2))
print(Counter(a=3, b=1).total(), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))

defaults = {"theme": "light", "font": "mono", "size": 12}
user = {"theme": "dark"}
cli = {"size": 14}
config = ChainMap(cli, user, defaults)
print(config["theme"], config["size"], config["font"], len(config), sorted(config))
config["font"] = "serif"
print(cli, defaults["font"])
child = config.new_child({"theme": "solarized"})
print(child["theme"], child.parents["theme"], child.maps[0])
del config["font"]
try:
    del config["theme"]
except KeyError as e:
    print("KeyError:", e)
print(dict(config) == {"theme": "dark", "font": "mono", "size": 14})

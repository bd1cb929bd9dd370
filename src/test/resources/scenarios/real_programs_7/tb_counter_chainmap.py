from collections import Counter, OrderedDict

votes = "alice bob alice carol bob alice dave carol alice".split()
tally = Counter(votes)
print(tally.most_common(2), tally["zoe"], sum(tally.values()))
tally.update(["bob", "bob"])
tally.subtract({"alice": 1})
print(sorted(tally.items()), +tally == tally)
print(Counter("hello") + Counter("world"), Counter("aab") - Counter("abc"))
print(list(Counter("banana").elements()))

defaults = {"theme": "light", "lang": "en", "size": 12}
user = {"theme": "dark"}
session = {"size": 14}
settings = {**defaults, **user, **session}
print(settings["theme"], settings["lang"], settings["size"], len(settings))
session["lang"] = "fr"
settings = defaults | user | session
print(session, settings == {"theme": "dark", "lang": "fr", "size": 14}, list(settings))
child = settings | {"theme": "blue"}
print(child["theme"], settings["theme"], child is settings)

od = OrderedDict.fromkeys("abcd")
od.move_to_end("a")
od.move_to_end("d", last=False)
print(list(od), od.popitem(last=False))

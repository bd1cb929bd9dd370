# unbound methods of containers in map
rows = [[1, 2], [3], [4, 5, 6]]
print(list(map(list.pop, rows)), rows)
print(list(map(dict.keys, [{"a": 1}, {"b": 2}])))

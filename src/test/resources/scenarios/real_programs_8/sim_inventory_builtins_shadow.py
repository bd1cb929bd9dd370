list = ["apple", "pear", "apple", "fig"]
dict = {}
for id in list:
    dict[id] = dict.get(id, 0) + 1
print(dict)
sum = 0
for name, input in dict.items():
    sum += input
print("total", sum)
max = None
for key in dict:
    if max is None or dict[key] > dict[max]:
        max = key
print("most common:", max)
str = "stock"
print(str.upper(), type(str).__name__)
del list, dict, sum, max, str
print(list("ab"), dict(a=1), sum([1, 2]), max(3, 4), str(5))
type = "fruit"
print(type, len(type))
del type
print(type(1).__name__)

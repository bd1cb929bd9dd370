# translate with a hand-made table: missing code points stay, None deletes
print("hello".translate({104: "J", 108: None}))
print("hello".translate({}))
try:
    "a".translate({97: 3.5})
except TypeError as e:
    print(e)

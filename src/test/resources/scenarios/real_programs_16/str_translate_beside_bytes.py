# str.translate on str literals in a program that also makes bytes (encode): the receiver is a str.
table = str.maketrans({"l": "L", "o": None})
print("hello world".translate(table), "hello".upper().translate({ord("L"): "1"}))
print(f"{'cool'}".translate(table), "  pool ".strip().translate(table))
raw = "café".encode()
print(raw, raw.decode(), len(raw), "cafe".encode("ascii").upper())
print("Mississippi".lower().translate(str.maketrans("is", "IS")))

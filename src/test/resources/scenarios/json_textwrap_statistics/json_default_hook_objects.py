# default= converts objects json does not know; the converter is called only for those.
import json

class Money:
    def __init__(self, cents):
        self.cents = cents

calls = []

def encode(obj):
    calls.append(type(obj).__name__)
    if isinstance(obj, Money):
        return {"cents": obj.cents}
    raise TypeError(f"cannot encode {type(obj).__name__}")

order = {"items": [Money(250), Money(1999)], "total": Money(2249), "note": "paid"}
print(json.dumps(order, default=encode))
print(calls)
try:
    json.dumps({"when": range(3)}, default=encode)
except TypeError as e:
    print(e)

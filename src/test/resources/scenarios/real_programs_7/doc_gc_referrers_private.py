import gc

class Cache:
    def __init__(self):
        self.__store = {}

    def put(self, k, v):
        self.__store[k] = v

    def holder_names(self, value):
        return [type(r).__name__ for r in gc.get_referrers(value) if r is self.__store]

payload = ["big", "payload"]
c = Cache()
c.put("p", payload)
print(c.holder_names(payload))
print(list(vars(c)), c._Cache__store["p"] is payload)
store = c._Cache__store
print(any(r is store for r in gc.get_referrers(payload)))
del c
print(gc.collect(), store)

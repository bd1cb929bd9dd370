# The collector meets a cycle's objects in tp_traverse order, and runs their finalizers in that order.
import gc
class Part:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalize", self.name)
hub = {}
hub[1] = Part("value under 1")
hub[Part("key object")] = Part("value under the key object")
hub["self"] = hub
for part in list(hub.values()):
    if isinstance(part, Part):
        part.hub = hub
del part
del hub
print("collected", gc.collect())

import gc

class Node:
    def __init__(self):
        self.ref = self

gc.collect()
gc.disable()
for batch in range(3):
    for _ in range(100):
        Node()
    print(f"batch {batch}: enabled={gc.isenabled()} gen0 count={gc.get_count()[0]}")
found = gc.collect()
print("one collect frees", found)
gc.enable()
for _ in range(100):
    Node()
print(gc.get_count()[0] < 800, gc.collect())

# title: A collection triggered by the threshold
import gc
gc.collect()
gc.set_threshold(5, 10, 10)
log = []
class Box:
    def __init__(self):
        self.me = self
    def __del__(self):
        log.append("box freed by an automatic collection")

Box()
made = []
for i in range(6):
    made.append([i])
print(log)
print("made", len(made), "lists")

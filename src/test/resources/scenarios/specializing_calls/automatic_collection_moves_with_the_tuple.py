# With a threshold of 1, the generic str(k)'s argument tuple is the allocation that starts an
# automatic collection, so the cycle's __del__ runs inside str(k); once label's code is quickened
# str(k) makes no tuple and the collection waits for the next allocation (print's).
import gc

stage = "start"


class Node:
    def __init__(self, name):
        self.name = name
        self.me = self

    def __del__(self):
        print("  collected", self.name, "during", stage)


def label(k):
    global stage
    Node(k)
    counts = gc.get_count()
    kept = (k,)
    stage = "str(k)"
    text = str(k)
    stage = "print"
    print("label", text, kept, counts)
    stage = "start"


gc.set_threshold(1)
for k in range(10):
    gc.collect()
    label(k)
gc.set_threshold(700)

# each walrus rebinding of the same name releases the previous value at once (its __del__ runs in the loop)
class Node:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
i = 0
while (node := Node(i)).n < 3:
    print("got", node.n)
    i += 1
print("stop at", node.n)
del node
print("end")

class Link:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt

    def __del__(self):
        print(f"free {self.value}")

def build(n):
    head = None
    for v in range(n, 0, -1):
        head = Link(v, head)
    return head

head = build(4)
node, values = head, []
while node:
    values.append(node.value)
    node = node.next
print(values)
print("drop head:")
head = None
print("chain gone")

print("drop the middle:")
head = build(5)
second = head.next
head.next = head.next.next.next
print("unlinked 2 and 3 but 'second' still holds 2")
del second
print("remove first:")
head = head.next
print("list now starts at", head.value)
del head
print("end")

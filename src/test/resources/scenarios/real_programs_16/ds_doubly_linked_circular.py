# A doubly linked list with a sentinel, used as a browser history and as a circular playlist.
class DNode:
    def __init__(self, val=None):
        self.val = val
        self.prev = self.next = self


class DList:
    def __init__(self):
        self.sent = DNode()
        self.n = 0

    def _insert_after(self, node, val):
        new = DNode(val)
        new.prev, new.next = node, node.next
        node.next.prev = new
        node.next = new
        self.n += 1
        return new

    def append(self, val):
        return self._insert_after(self.sent.prev, val)

    def appendleft(self, val):
        return self._insert_after(self.sent, val)

    def unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev
        node.prev = node.next = node
        self.n -= 1
        return node.val

    def __iter__(self):
        cur = self.sent.next
        while cur is not self.sent:
            yield cur.val
            cur = cur.next

    def __reversed__(self):
        cur = self.sent.prev
        while cur is not self.sent:
            yield cur.val
            cur = cur.prev

    def __len__(self):
        return self.n


dl = DList()
for x in "cde":
    dl.append(x)
first = dl.appendleft("b")
dl.appendleft("a")
print(list(dl), list(reversed(dl)), len(dl))
print(dl.unlink(first), list(dl), first.next is first)


class History:
    def __init__(self, home):
        self.pages = DList()
        self.cur = self.pages.append(home)

    def visit(self, url):
        while self.cur.next is not self.pages.sent:
            self.pages.unlink(self.cur.next)
        self.cur = self.pages.append(url)

    def back(self):
        if self.cur.prev is not self.pages.sent:
            self.cur = self.cur.prev
        return self.cur.val

    def forward(self):
        if self.cur.next is not self.pages.sent:
            self.cur = self.cur.next
        return self.cur.val


h = History("home")
for u in ("news", "sports", "scores"):
    h.visit(u)
print(h.back(), h.back(), h.forward())
h.visit("weather")
print(list(h.pages), h.forward(), h.back(), h.back(), h.back(), h.back())
songs = DList()
for s in ("intro", "verse", "chorus"):
    songs.append(s)
node, played = songs.sent.next, []
for _ in range(7):
    if node is songs.sent:
        node = node.next
    played.append(node.val)
    node = node.next
print(played)

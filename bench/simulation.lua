-- POST /api/simulations with a typical lab scenario: a reference cycle made, dropped and
-- collected (about 15 lines, a few hundred steps). Needs a learner's COOKIE and CSRF.
dofile("bench/status.lua")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"code": "import gc\n\nclass Node:\n    def __init__(self, name):\n        self.name = name\n        self.next = None\n\na = Node('a')\nb = Node('b')\na.next = b\nb.next = a\ndel a\ndel b\nprint(gc.collect())\nitems = [Node(str(i)) for i in range(20)]\nprint(len(items))\n"}]]

-- POST /api/simulations with a typical lab scenario: a reference cycle made, dropped and
-- collected (about 15 lines, a few hundred steps). Needs a learner's COOKIE and CSRF.
dofile("bench/status.lua")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"code": "import gc\n\nclass Node:\n    def __init__(self, name):\n        self.name = name\n        self.next = None\n\na = Node('a')\nb = Node('b')\na.next = b\nb.next = a\ndel a\ndel b\nprint(gc.collect())\nitems = [Node(str(i)) for i in range(20)]\nprint(len(items))\n"}]]

-- A client told 429 waits as long as Retry-After asks before it tries again (the lab page tells
-- its user to wait that long); the delay is kept per wrk thread, so it is approximate.
local wait_ms = 0

function response(status, headers, body)
  count(status)
  local retry = status == 429 and tonumber(headers["Retry-After"] or headers["retry-after"]) or nil
  wait_ms = retry and retry * 1000 or 0
end

function delay()
  return wait_ms
end

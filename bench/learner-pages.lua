-- A signed-in learner's pages in turn (the side-by-side script's learner pages, GET only), for a
-- load that touches every cache and template at once: bench/footprint.py drives it. Needs COOKIE.
dofile("bench/status.lua")

local section = "/courses/python-memory-management/reference-counting-and-garbage-collection"
local pages = {
  "/",
  "/courses/python-memory-management",
  section,
  "/my",
  "/review",
  section .. "/cram",
  section .. "/test",
  "/lab",
  section .. "/games/memory-match",
}
local i = 0

function request()
  i = i % #pages + 1
  return wrk.format("GET", pages[i])
end

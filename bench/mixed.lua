-- The soak's mix, as a learner: mostly catalog and section pages, some course pages and a
-- simulation run. Needs COOKIE and CSRF.
dofile("bench/status.lua")

local simulation = [[{"code": "a = []\nb = [a]\na.append(b)\ndel a\ndel b\nimport gc\nprint(gc.collect())\n"}]]
local mix = {
  {"GET", "/"},
  {"GET", "/"},
  {"GET", "/?q=memory"},
  {"GET", "/courses/python-memory-management"},
  {"GET", "/courses/python-memory-management/reference-counting-and-garbage-collection"},
  {"GET", "/courses/python-memory-management/generations-and-thresholds"},
  {"GET", "/my"},
  {"POST", "/api/simulations", simulation},
}
local i = 0

function request()
  i = i % #mix + 1
  local entry = mix[i]
  local headers = nil
  if entry[1] == "POST" then
    -- wrk.format uses the headers given instead of wrk.headers, so copy the cookie and CSRF header.
    headers = {}
    for name, value in pairs(wrk.headers) do
      headers[name] = value
    end
    headers["Content-Type"] = "application/json"
  end
  return wrk.format(entry[1], entry[2], headers, entry[3])
end

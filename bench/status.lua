-- Shared by the benchmark scripts: sends the session cookie and CSRF header given in the
-- environment (COOKIE, CSRF like "X-XSRF-TOKEN: value"), counts responses by status class in
-- each thread and prints the totals, so 5xx can be told from 4xx. 429 (the lab turning a run away
-- with Retry-After while its runs are busy) is counted apart from the other 4xx.
local threads = {}
counts = {}

local cookie = os.getenv("COOKIE")
if cookie and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end
local csrf = os.getenv("CSRF")
if csrf and csrf ~= "" then
  local name, value = csrf:match("^([^:]+):%s*(.*)$")
  wrk.headers[name] = value
end
wrk.headers["Accept"] = "text/html,application/json"

function setup(thread)
  table.insert(threads, thread)
end

function count(status)
  local class = status == 429 and "429" or math.floor(status / 100) .. "xx"
  counts[class] = (counts[class] or 0) + 1
end

function response(status, headers, body)
  count(status)
end

-- A table each thread keeps under that global name, added up over the threads by key.
function sum_over_threads(name)
  local total = {}
  for _, thread in ipairs(threads) do
    for key, n in pairs(thread:get(name)) do
      total[key] = (total[key] or 0) + n
    end
  end
  return total
end

function done(summary, latency, requests)
  local total = sum_over_threads("counts")
  local line = "Status classes:"
  for _, class in ipairs({"2xx", "3xx", "4xx", "429", "5xx"}) do
    line = line .. " " .. class .. "=" .. (total[class] or 0)
  end
  print(line)
end

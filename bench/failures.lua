-- bench/mixed.lua's learner load, and for a fault run (rolling restart, a killed node): every
-- response that is not 2xx counted with the second it arrived, so the report says when failures
-- began and ended, not only how many there were. A 3xx here means the session was lost (every page
-- of the mix answers a logged-in learner directly); a 429 is the lab turning a run away while its
-- runs are busy, which it also does without any fault.
dofile("bench/mixed.lua")

bad = {}   -- epoch second -> responses that were neither 2xx nor 429
server_errors = {}   -- status -> count, for 5xx; "503 without Retry-After" too
local count_class = response

function response(status, headers, body)
  count_class(status)
  if status >= 300 and status ~= 429 then
    local second = os.time()
    bad[second] = (bad[second] or 0) + 1
  end
  if status >= 500 then
    server_errors[tostring(status)] = (server_errors[tostring(status)] or 0) + 1
    if status == 503 and headers["Retry-After"] == nil then
      server_errors["503 without Retry-After"] = (server_errors["503 without Retry-After"] or 0) + 1
    end
  end
end

local print_classes = done

function done(summary, latency, requests)
  print_classes(summary, latency, requests)
  local seconds = sum_over_threads("bad")
  local line = "Failed responses by second (UTC):"
  local sorted = {}
  for second in pairs(seconds) do table.insert(sorted, second) end
  table.sort(sorted)
  for _, second in ipairs(sorted) do
    line = line .. " " .. os.date("!%H:%M:%S", second) .. "=" .. seconds[second]
  end
  if #sorted == 0 then line = line .. " none" end
  print(line)
  local errors = sum_over_threads("server_errors")
  local parts = {}
  for status, n in pairs(errors) do table.insert(parts, status .. "=" .. n) end
  table.sort(parts)
  print("5xx by status: " .. (#parts == 0 and "none" or table.concat(parts, ", ")))
  local e = summary.errors
  print(string.format("Requests: %d; socket errors: connect %d, read %d, write %d, timeout %d",
    summary.requests, e.connect, e.read, e.write, e.timeout))
end

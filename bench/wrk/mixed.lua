-- Several requests for wrk, sent in turn (round robin), taken from the environment
-- multi_node.py sets: BENCH_COUNT, then for i = 1..BENCH_COUNT BENCH_METHOD_i, BENCH_PATH_i,
-- BENCH_BODY_i (empty: none), BENCH_HEADERS_i ("Name: value" lines) and BENCH_WRITES_i ("1":
-- an audited write). done() prints request.lua's line plus what the audit check needs: write
-- requests sent and write answers (200 with a "verdict") received. The difference is the
-- writes still in flight when wrk stopped, which the server goes on to serve and record.
local requests, writes = {}, {}
local turn = 0
sent_writes, answered_writes = 0, 0

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for i = 1, tonumber(os.getenv("BENCH_COUNT")) do
    local headers = {}
    for name, value in (os.getenv("BENCH_HEADERS_" .. i) or ""):gmatch("([^:\n]+):%s*([^\n]*)") do
      headers[name] = value
    end
    local body = os.getenv("BENCH_BODY_" .. i) or ""
    requests[i] = wrk.format(os.getenv("BENCH_METHOD_" .. i), os.getenv("BENCH_PATH_" .. i),
                             headers, body ~= "" and body or nil)
    writes[i] = os.getenv("BENCH_WRITES_" .. i) == "1"
  end
end

function request()
  turn = turn % #requests + 1
  if writes[turn] then
    sent_writes = sent_writes + 1
  end
  return requests[turn]
end

function response(status, headers, body)
  if status == 200 and body:find('"verdict"', 1, true) then
    answered_writes = answered_writes + 1
  end
end

function done(summary, latency, requests)
  local sent, answered = 0, 0
  for _, thread in ipairs(threads) do
    sent = sent + thread:get("sent_writes")
    answered = answered + thread:get("answered_writes")
  end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d duration_us=%d connect=%d read=%d write=%d status=%d timeout=%d "
    .. "sent_writes=%d answered_writes=%d\n",
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    sent, answered))
end

-- XAUTOCLAIM for the ticket event readers: entries of the group idle for at least the given time (their reader died
-- or failed) become this consumer's, oldest first. Flattened, because Spring Data Redis has no XAUTOCLAIM call.
-- KEYS[1] ticket events STREAM. ARGV[1] group, ARGV[2] consumer, ARGV[3] min idle millis, ARGV[4] most entries.
-- Returns id, field count N, then N fields and values, for each claimed entry still in the stream (trimmed ones
-- leave the pending list without coming back).
local claimed = redis.call('XAUTOCLAIM', KEYS[1], ARGV[1], ARGV[2], ARGV[3], '0-0', 'COUNT', ARGV[4])
local out = {}
for _, entry in ipairs(claimed[2]) do
  if type(entry) == 'table' and type(entry[2]) == 'table' then
    out[#out + 1] = entry[1]
    out[#out + 1] = tostring(#entry[2])
    for _, value in ipairs(entry[2]) do
      out[#out + 1] = value
    end
  end
end
return out

-- Appends the events of one webhook body that belong to one inbox partition, each once: an event whose key was seen
-- before (LINE's redelivery) is skipped. Nothing is added when the partition's backlog is at its bound.
-- KEYS[1] the partition's STREAM, KEYS[2 .. n+1] each event's "seen" STRING (all under the partition's hash tag)
-- ARGV[1] most entries waiting, ARGV[2] seen ttl seconds, then per event j: ARGV[3j] event key,
-- ARGV[3j+1] conversation key ("" for none), ARGV[3j+2] event JSON
-- Returns how many events were added, or -1 when the backlog is full (the webhook answers 503 and LINE redelivers).
if redis.call('XLEN', KEYS[1]) >= tonumber(ARGV[1]) then
  return -1
end
local added = 0
for j = 1, #KEYS - 1 do
  if redis.call('SET', KEYS[j + 1], '1', 'NX', 'EX', ARGV[2]) then
    redis.call('XADD', KEYS[1], '*', 'k', ARGV[3 * j], 'c', ARGV[3 * j + 1], 'e', ARGV[3 * j + 2])
    added = added + 1
  end
end
return added

-- Forgets readers of a ticket event group that hold nothing: this instance's own one when it stops, or any idle
-- for long (instances that are gone), so the group's consumer list does not grow with every restart. A consumer with
-- pending entries is kept (they are claimed from it after claim-idle, then it is forgotten).
-- KEYS[1] ticket events STREAM. ARGV[1] group, ARGV[2] least idle millis, ARGV[3] one consumer's name, or '' for any.
-- Returns how many consumers were deleted.
local deleted = 0
for _, consumer in ipairs(redis.call('XINFO', 'CONSUMERS', KEYS[1], ARGV[1])) do
  local f = {}
  for i = 1, #consumer, 2 do
    f[consumer[i]] = consumer[i + 1]
  end
  local chosen = (ARGV[3] == '' and f['idle'] >= tonumber(ARGV[2])) or f['name'] == ARGV[3]
  if f['pending'] == 0 and chosen then
    redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], f['name'])
    deleted = deleted + 1
  end
end
return deleted

-- Creates or changes an event with its TTL in one step.
-- KEYS[1] event HASH; ARGV[1] ttl seconds, ARGV[2] '1' create, '0' change, ARGV[3..] field, value pairs
-- Returns 1, or 0 when a change found no event.
if ARGV[2] ~= '1' and redis.call('EXISTS', KEYS[1]) == 0 then
  return 0
end
for i = 3, #ARGV, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
end
redis.call('EXPIRE', KEYS[1], ARGV[1])
return 1

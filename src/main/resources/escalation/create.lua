-- Creates a ticket with its first transcript lines and audit entry, all or nothing.
-- KEYS[1] ticket HASH, KEYS[2] transcript LIST, KEYS[3] audit STREAM (one hash tag: the ticket)
-- ARGV[1] ttl seconds (user text), ARGV[2] audit ttl seconds, ARGV[3] now millis, ARGV[4] number of hash fields N,
-- ARGV[5 .. 4+2N] field, value pairs, then the transcript entries (JSON)
if redis.call('EXISTS', KEYS[1]) == 1 then
  return 0
end
local n = tonumber(ARGV[4])
local fields = {}
for i = 5, 4 + 2 * n do
  fields[#fields + 1] = ARGV[i]
end
redis.call('HSET', KEYS[1], unpack(fields))
redis.call('EXPIRE', KEYS[1], ARGV[1])
for i = 5 + 2 * n, #ARGV do
  redis.call('RPUSH', KEYS[2], ARGV[i])
end
if redis.call('EXISTS', KEYS[2]) == 1 then
  redis.call('EXPIRE', KEYS[2], ARGV[1])
end
redis.call('XADD', KEYS[3], '*', 'action', 'create', 'actor', 'user', 'at', ARGV[3])
redis.call('EXPIRE', KEYS[3], ARGV[2])
return 1

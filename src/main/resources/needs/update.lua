-- Changes a stored need in one step and answers its status before the change, so that exactly one caller sees
-- the move to PUBLISHED (and publishes NeedPublished once).
-- KEYS[1] need HASH, KEYS[2] interest ZSET; ARGV[1] ttl seconds, ARGV[2] '1' to create (a fresh id),
-- ARGV[3..] field, value pairs
-- Returns the previous status ('' for a creation), or false when a change found no need.
local before = redis.call('HGET', KEYS[1], 'status')
if ARGV[2] == '1' then
  before = ''
elseif not before then
  return false
end
for i = 3, #ARGV, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
end
redis.call('EXPIRE', KEYS[1], ARGV[1])
if redis.call('EXISTS', KEYS[2]) == 1 then
  redis.call('EXPIRE', KEYS[2], ARGV[1])
end
return before

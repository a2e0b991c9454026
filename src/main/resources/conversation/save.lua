-- Saves a conversation record if nobody saved it since it was loaded (compare-and-set on a version number).
-- KEYS[1] the conversation HASH (fields v: version, json: the record)
-- ARGV[1] the version the caller loaded ("0" when there was none), ARGV[2] the record JSON, ARGV[3] ttl seconds
-- Returns 1 when saved, 0 when someone else saved in between (the caller loads again and redoes its turn).
local current = redis.call('HGET', KEYS[1], 'v') or '0'
if current ~= ARGV[1] then
  return 0
end
redis.call('HSET', KEYS[1], 'v', tostring(tonumber(current) + 1), 'json', ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1

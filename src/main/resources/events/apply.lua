-- An application to attend or present, with the capacity checked and taken in one step: concurrent applications
-- can never overbook (the count and the write are one script on one slot).
-- KEYS[1] event HASH, KEYS[2] applications HASH (applicant -> JSON)
-- ARGV[1] applicant key, ARGV[2] application JSON
-- Returns OK, ALREADY, FULL, CLOSED (not published) or NOT_FOUND.
local published = redis.call('HGET', KEYS[1], 'published')
if not published then
  return 'NOT_FOUND'
end
if published ~= '1' then
  return 'CLOSED'
end
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 1 then
  return 'ALREADY'
end
local capacity = tonumber(redis.call('HGET', KEYS[1], 'capacity'))
if redis.call('HLEN', KEYS[2]) >= capacity then
  return 'FULL'
end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('EXPIRE', KEYS[2], redis.call('TTL', KEYS[1]))
return 'OK'

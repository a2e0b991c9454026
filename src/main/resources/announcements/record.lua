-- Stores a sent announcement with its TTL in one step (it holds the text).
-- KEYS[1] announcement HASH; ARGV[1] ttl seconds, ARGV[2..] field, value pairs
for i = 2, #ARGV, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
end
redis.call('EXPIRE', KEYS[1], ARGV[1])
return 1

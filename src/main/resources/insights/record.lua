-- Records one analytics event of one day, all or nothing (counters, raw event, duration, conversation mark, question).
-- KEYS[1] counts HASH, KEYS[2] events LIST, KEYS[3] durations ZSET (claim or resolve), KEYS[4] answered SET,
-- KEYS[5] troubled SET, KEYS[6] questions HASH, KEYS[7] (optional) the day's counted-events SET; all share the day's
-- hash tag. With KEYS[7], ARGV[11] is the event's id and an id already in the set changes nothing (returns -1): a
-- ticket event delivered twice is counted once.
-- ARGV[1] expire-at (epoch s) of counts and durations, ARGV[2] of the raw events, ARGV[3] of the conversation marks,
-- ARGV[4] of the questions; ARGV[5] raw event JSON; ARGV[6] conversation key or ''; ARGV[7] mark: answered,
-- troubled or ''; ARGV[8] duration member (ticket id) or ''; ARGV[9] duration seconds; ARGV[10] question JSON or '';
-- ARGV[11..] (ARGV[12..] with KEYS[7]) counter fields, each incremented by one, or by N when written "field<TAB>N".
-- Returns the question's number within the day, 0 when none was stored, -1 for an event counted before.
local first = 11
if KEYS[7] then
  if redis.call('SADD', KEYS[7], ARGV[11]) == 0 then
    return -1
  end
  redis.call('EXPIREAT', KEYS[7], ARGV[1])
  first = 12
end
for i = first, #ARGV do
  local field, by = string.match(ARGV[i], '^(.-)\t(-?%d+)$')
  if field then
    redis.call('HINCRBY', KEYS[1], field, tonumber(by))
  else
    redis.call('HINCRBY', KEYS[1], ARGV[i], 1)
  end
end
local conversation, mark = ARGV[6], ARGV[7]
if conversation ~= '' and mark == 'answered' then
  if redis.call('SADD', KEYS[4], conversation) == 1 then
    redis.call('HINCRBY', KEYS[1], 'conv:answered', 1)
    if redis.call('SISMEMBER', KEYS[5], conversation) == 0 then
      redis.call('HINCRBY', KEYS[1], 'conv:self-resolved', 1)
    end
  end
elseif conversation ~= '' and mark == 'troubled' then
  if redis.call('SADD', KEYS[5], conversation) == 1 and redis.call('SISMEMBER', KEYS[4], conversation) == 1 then
    redis.call('HINCRBY', KEYS[1], 'conv:self-resolved', -1)
  end
end
if conversation ~= '' and mark ~= '' then
  redis.call('EXPIREAT', KEYS[4], ARGV[3])
  redis.call('EXPIREAT', KEYS[5], ARGV[3])
end
if ARGV[8] ~= '' then
  redis.call('ZADD', KEYS[3], ARGV[9], ARGV[8])
  redis.call('EXPIREAT', KEYS[3], ARGV[1])
end
local number = 0
if ARGV[10] ~= '' then
  number = redis.call('HINCRBY', KEYS[1], 'question-seq', 1)
  redis.call('HSET', KEYS[6], tostring(number), ARGV[10])
  redis.call('EXPIREAT', KEYS[6], ARGV[4])
end
redis.call('RPUSH', KEYS[2], ARGV[5])
redis.call('EXPIREAT', KEYS[2], ARGV[2])
redis.call('EXPIREAT', KEYS[1], ARGV[1])
return number

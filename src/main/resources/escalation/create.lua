-- Creates a ticket with its first transcript lines and audit entry, and puts it in its queue's index, all or nothing.
-- Idempotent per event: a second call for the same event key answers the ticket the first one created.
-- KEYS[1] ticket HASH, KEYS[2] transcript LIST, KEYS[3] audit STREAM, KEYS[4] the queue's open index ZSET,
-- KEYS[5] the event's "opened" STRING, KEYS[6] the ticket events STREAM (all under the one hash tag {esc})
-- ARGV[1] ttl seconds (user text), ARGV[2] audit ttl seconds, ARGV[3] now millis, ARGV[4] ticket id,
-- ARGV[5] number of hash fields N, ARGV[6] most ticket events kept, ARGV[7 .. 6+2N] field, value pairs, then the
-- transcript entries (JSON). The "opened" ticket event (ids and choices, no user text) is added in the same step.
-- Returns the id of the ticket the event opened (this one, or the one an earlier call opened), -1 if the id is taken
local earlier = redis.call('GET', KEYS[5])
if earlier then
  return tonumber(earlier)
end
if redis.call('EXISTS', KEYS[1]) == 1 then
  return -1
end
local n = tonumber(ARGV[5])
local fields = {}
for i = 7, 6 + 2 * n do
  fields[#fields + 1] = ARGV[i]
end
redis.call('HSET', KEYS[1], unpack(fields))
redis.call('EXPIRE', KEYS[1], ARGV[1])
for i = 7 + 2 * n, #ARGV do
  redis.call('RPUSH', KEYS[2], ARGV[i])
end
if redis.call('EXISTS', KEYS[2]) == 1 then
  redis.call('EXPIRE', KEYS[2], ARGV[1])
end
redis.call('XADD', KEYS[3], '*', 'action', 'create', 'actor', 'user', 'at', ARGV[3])
redis.call('EXPIRE', KEYS[3], ARGV[2])
redis.call('ZADD', KEYS[4], ARGV[3], ARGV[4])
redis.call('SET', KEYS[5], ARGV[4], 'EX', ARGV[1])
local t = redis.call('HMGET', KEYS[1], 'queue', 'trigger', 'topicKey', 'kind')
redis.call('XADD', KEYS[6], 'MAXLEN', ARGV[6], '*', 'type', 'opened', 'ticket', ARGV[4], 'at', ARGV[3],
  'queue', t[1], 'trigger', t[2], 'topic', t[3] or '', 'kind', t[4] or '')
return tonumber(ARGV[4])

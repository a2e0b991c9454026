-- Records a reply LINE has accepted: out of the outbox, into the transcript and the audit, once only (another
-- instance may have delivered the same retry key); the ticket leaves the pending set when its outbox is empty.
-- KEYS[1] ticket HASH, KEYS[2] outbox HASH, KEYS[3] transcript LIST, KEYS[4] audit STREAM,
-- KEYS[5] outbox-pending ZSET, KEYS[6] ticket events STREAM (one hash tag {esc})
-- ARGV[1] retry key, ARGV[2] transcript entry JSON, ARGV[3] now millis, ARGV[4] actor, ARGV[5] ttl,
-- ARGV[6] audit ttl, ARGV[7] ticket id, ARGV[8] most ticket events kept. The "replied" ticket event is added in the
-- same step. Returns the number of replies still in the outbox, or -1 if this one was already recorded.
if redis.call('HDEL', KEYS[2], ARGV[1]) == 0 then
  return -1
end
redis.call('RPUSH', KEYS[3], ARGV[2])
redis.call('EXPIRE', KEYS[3], ARGV[5])
local first = redis.call('HSETNX', KEYS[1], 'repliedAt', ARGV[3])
redis.call('HSET', KEYS[1], 'updatedAt', ARGV[3])
redis.call('XADD', KEYS[4], '*', 'action', 'reply', 'actor', ARGV[4], 'at', ARGV[3], 'retryKey', ARGV[1])
redis.call('EXPIRE', KEYS[4], ARGV[6])
redis.call('XADD', KEYS[6], 'MAXLEN', ARGV[8], '*', 'type', 'replied', 'ticket', ARGV[7], 'at', ARGV[3],
  'queue', redis.call('HGET', KEYS[1], 'queue') or '', 'actor', ARGV[4], 'first', tostring(first))
local left = redis.call('HLEN', KEYS[2])
if left == 0 then
  redis.call('ZREM', KEYS[5], ARGV[7])
end
return left

-- Adds a member's message to an open ticket's transcript and keeps the ticket alive; refuses closed tickets. Once
-- per webhook event: an event that runs again (a crash before its acknowledgement) adds nothing more.
-- KEYS[1] ticket HASH, KEYS[2] transcript LIST, KEYS[3] the event's "appended" STRING (one hash tag {esc})
-- ARGV[1] entry JSON, ARGV[2] ttl seconds, ARGV[3] now millis, ARGV[4] most entries kept
-- Returns the ticket's state, or NOT_FOUND; the entry is added only when the state is WAITING or CLAIMED.
local state = redis.call('HGET', KEYS[1], 'state')
if not state then
  return 'NOT_FOUND'
end
if (state == 'WAITING' or state == 'CLAIMED') and redis.call('SET', KEYS[3], '1', 'NX', 'EX', ARGV[2]) then
  redis.call('RPUSH', KEYS[2], ARGV[1])
  redis.call('LTRIM', KEYS[2], -tonumber(ARGV[4]), -1)
  redis.call('EXPIRE', KEYS[2], ARGV[2])
  redis.call('HSET', KEYS[1], 'updatedAt', ARGV[3])
  redis.call('EXPIRE', KEYS[1], ARGV[2])
end
return state

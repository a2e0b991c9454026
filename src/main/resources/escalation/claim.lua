-- Claims a waiting ticket: the one state check and the write happen in one step, so of many concurrent claims
-- exactly one sees WAITING.
-- KEYS[1] ticket HASH, KEYS[2] audit STREAM, KEYS[3] ticket events STREAM (one hash tag {esc})
-- ARGV[1] actor, ARGV[2] now millis, ARGV[3] queues the actor may act on (",CITY,CENTER,"), ARGV[4] audit ttl seconds,
-- ARGV[5] ticket id, ARGV[6] most ticket events kept
-- Returns OK, NOT_FOUND, OTHER_QUEUE or STATE:<current state>
local state = redis.call('HGET', KEYS[1], 'state')
if not state then
  return 'NOT_FOUND'
end
local queue = redis.call('HGET', KEYS[1], 'queue')
if not string.find(ARGV[3], ',' .. queue .. ',', 1, true) then
  return 'OTHER_QUEUE'
end
if state ~= 'WAITING' then
  return 'STATE:' .. state
end
redis.call('HSET', KEYS[1], 'state', 'CLAIMED', 'assignee', ARGV[1], 'claimedAt', ARGV[2])
redis.call('XADD', KEYS[2], '*', 'action', 'claim', 'actor', ARGV[1], 'at', ARGV[2])
redis.call('EXPIRE', KEYS[2], ARGV[4])
local waited = tonumber(ARGV[2]) - tonumber(redis.call('HGET', KEYS[1], 'createdAt') or ARGV[2])
redis.call('XADD', KEYS[3], 'MAXLEN', ARGV[6], '*', 'type', 'claimed', 'ticket', ARGV[5], 'at', ARGV[2],
  'queue', queue, 'actor', ARGV[1], 'waited', tostring(waited))
return 'OK'

-- Moves a ticket to another state (transfer, resolve, return to the bot) if the move is legal from its state, and
-- keeps both queue indexes in step in the same step: an open ticket is in exactly its queue's index, a closed one in
-- none. A claimed ticket may only be changed by its assignee or an admin.
-- KEYS[1] ticket HASH, KEYS[2] audit STREAM, KEYS[3] CITY index ZSET, KEYS[4] CENTER index ZSET,
-- KEYS[5] ticket events STREAM (one hash tag {esc}); the "transferred" or "closed" event is added in the same step
-- ARGV[1] action, ARGV[2] actor, ARGV[3] "1" if the actor is an admin, ARGV[4] actor's queues (",CITY,"),
-- ARGV[5] states the move is legal from (",WAITING,CLAIMED,"), ARGV[6] new state, ARGV[7] now millis,
-- ARGV[8] new queue ("" to keep), ARGV[9] reason ("" for none), ARGV[10] ticket ttl, ARGV[11] audit ttl,
-- ARGV[12] ticket id, ARGV[13] most ticket events kept
-- Returns OK:<queue before>, NOT_FOUND, OTHER_QUEUE, NOT_ASSIGNEE or STATE:<current state>
local state = redis.call('HGET', KEYS[1], 'state')
if not state then
  return 'NOT_FOUND'
end
local queue = redis.call('HGET', KEYS[1], 'queue')
if not string.find(ARGV[4], ',' .. queue .. ',', 1, true) then
  return 'OTHER_QUEUE'
end
if not string.find(ARGV[5], ',' .. state .. ',', 1, true) then
  return 'STATE:' .. state
end
if state == 'CLAIMED' and ARGV[3] ~= '1' and redis.call('HGET', KEYS[1], 'assignee') ~= ARGV[2] then
  return 'NOT_ASSIGNEE'
end
redis.call('HSET', KEYS[1], 'state', ARGV[6], 'updatedAt', ARGV[7])
if ARGV[6] ~= 'CLAIMED' then
  redis.call('HDEL', KEYS[1], 'assignee', 'claimedAt')
end
local target = queue
if ARGV[8] ~= '' then
  target = ARGV[8]
  redis.call('HSET', KEYS[1], 'queue', ARGV[8], 'transferReason', ARGV[9])
end
redis.call('ZREM', KEYS[3], ARGV[12])
redis.call('ZREM', KEYS[4], ARGV[12])
if ARGV[6] == 'RESOLVED' or ARGV[6] == 'RETURNED' then
  redis.call('HSET', KEYS[1], 'closedAt', ARGV[7])
else
  local since = redis.call('HGET', KEYS[1], 'createdAt')
  redis.call('ZADD', target == 'CITY' and KEYS[3] or KEYS[4], since, ARGV[12])
end
redis.call('EXPIRE', KEYS[1], ARGV[10])
redis.call('XADD', KEYS[2], '*', 'action', ARGV[1], 'actor', ARGV[2], 'at', ARGV[7], 'reason', ARGV[9])
redis.call('EXPIRE', KEYS[2], ARGV[11])
if ARGV[6] == 'RESOLVED' or ARGV[6] == 'RETURNED' then
  local t = redis.call('HMGET', KEYS[1], 'createdAt', 'repliedAt', 'dueAt')
  local now = tonumber(ARGV[7])
  local answered = tonumber(t[2] or ARGV[7])
  local breached = (t[3] and answered > tonumber(t[3])) and '1' or '0'
  redis.call('XADD', KEYS[5], 'MAXLEN', ARGV[13], '*', 'type', 'closed', 'ticket', ARGV[12], 'at', ARGV[7],
    'queue', target, 'state', ARGV[6], 'open', tostring(now - tonumber(t[1] or ARGV[7])), 'sla', breached)
elseif target ~= queue then
  redis.call('XADD', KEYS[5], 'MAXLEN', ARGV[13], '*', 'type', 'transferred', 'ticket', ARGV[12], 'at', ARGV[7],
    'queue', target, 'from', queue)
end
return 'OK:' .. queue

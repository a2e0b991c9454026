-- Accepts a coordinator reply for delivery: checks the ticket is claimed by the actor (or the actor is an admin)
-- and keeps the reply in the outbox under its retry key until LINE has accepted it, marked in the pending set.
-- KEYS[1] ticket HASH, KEYS[2] outbox HASH, KEYS[3] outbox-pending ZSET (one hash tag {esc})
-- ARGV[1] actor, ARGV[2] "1" if admin, ARGV[3] actor's queues, ARGV[4] retry key, ARGV[5] reply JSON, ARGV[6] ttl,
-- ARGV[7] ticket id, ARGV[8] now millis
-- Returns OK, NOT_FOUND, OTHER_QUEUE, NOT_ASSIGNEE or STATE:<current state>
local state = redis.call('HGET', KEYS[1], 'state')
if not state then
  return 'NOT_FOUND'
end
local queue = redis.call('HGET', KEYS[1], 'queue')
if not string.find(ARGV[3], ',' .. queue .. ',', 1, true) then
  return 'OTHER_QUEUE'
end
if state ~= 'CLAIMED' then
  return 'STATE:' .. state
end
if ARGV[2] ~= '1' and redis.call('HGET', KEYS[1], 'assignee') ~= ARGV[1] then
  return 'NOT_ASSIGNEE'
end
redis.call('HSET', KEYS[2], ARGV[4], ARGV[5])
redis.call('EXPIRE', KEYS[2], ARGV[6])
redis.call('ZADD', KEYS[3], ARGV[8], ARGV[7])
return 'OK'

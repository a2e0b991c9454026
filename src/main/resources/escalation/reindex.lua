-- Repairs one ticket's place in the queue indexes from the ticket itself (the start-up reconciler): an open ticket
-- is in its queue's index only; a closed or expired one in none.
-- KEYS[1] ticket HASH, KEYS[2] CITY index ZSET, KEYS[3] CENTER index ZSET (one hash tag {esc}). ARGV[1] ticket id.
-- Returns 1 if an index changed, 0 if both were right already.
local state = redis.call('HGET', KEYS[1], 'state')
local queue = redis.call('HGET', KEYS[1], 'queue')
local changed = 0
local open = (state == 'WAITING' or state == 'CLAIMED')
for i, key in ipairs({ KEYS[2], KEYS[3] }) do
  local name = (i == 1) and 'CITY' or 'CENTER'
  local present = redis.call('ZSCORE', key, ARGV[1])
  if open and queue == name then
    if not present then
      redis.call('ZADD', key, redis.call('HGET', KEYS[1], 'createdAt'), ARGV[1])
      changed = 1
    end
  elseif present then
    redis.call('ZREM', key, ARGV[1])
    changed = 1
  end
end
return changed

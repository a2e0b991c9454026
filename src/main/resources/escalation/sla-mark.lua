-- Raises a ticket's SLA flag once per level, so that one instance (of many) tells the coordinator group.
-- KEYS[1] ticket HASH. ARGV[1] level (1 warning, 2 breach). Returns 1 if this call raised it, 0 otherwise.
local state = redis.call('HGET', KEYS[1], 'state')
if state ~= 'WAITING' and state ~= 'CLAIMED' then
  return 0
end
if redis.call('HEXISTS', KEYS[1], 'repliedAt') == 1 then
  return 0
end
local current = tonumber(redis.call('HGET', KEYS[1], 'slaFlag') or '0')
if current >= tonumber(ARGV[1]) then
  return 0
end
redis.call('HSET', KEYS[1], 'slaFlag', ARGV[1])
return 1

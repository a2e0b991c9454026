-- Admits one sign-in attempt for one subject (an account name or a client address), or says how long to wait.
-- KEYS[1] kyodo:signin:{...} HASH attempts, last (epoch millis of the last admitted attempt)
-- ARGV: now ms, free attempts, first delay ms, longest delay ms, attempts before the lock, lock ms
-- Returns 0 when admitted (and counts the attempt), else the milliseconds until the next attempt is admitted.
-- One script, so that parallel attempts cannot all pass the check before any is counted.
local now, free, delay, longest, lockAfter, lock =
  tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local state = redis.call('HMGET', KEYS[1], 'attempts', 'last')
local attempts = tonumber(state[1] or '0')
local last = tonumber(state[2] or '0')
local wait = 0
if attempts >= lockAfter then
  wait = last + lock - now
elseif attempts >= free then
  wait = last + math.min(delay * 2 ^ (attempts - free), longest) - now
end
if wait > 0 then
  return math.floor(wait)
end
redis.call('HINCRBY', KEYS[1], 'attempts', 1)
redis.call('HSET', KEYS[1], 'last', now)
redis.call('PEXPIRE', KEYS[1], lock)
return 0

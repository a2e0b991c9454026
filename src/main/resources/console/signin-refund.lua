-- A successful sign-in does not count against its client address (an office behind one NAT signs in many times).
-- KEYS[1] kyodo:signin:{address:...} HASH (see signin-attempt.lua)
local attempts = tonumber(redis.call('HGET', KEYS[1], 'attempts') or '0')
if attempts > 0 then
  redis.call('HINCRBY', KEYS[1], 'attempts', -1)
end
return attempts

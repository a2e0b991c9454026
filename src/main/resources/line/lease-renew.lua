-- Keeps a partition lease if this instance still holds it, or takes it if it is free.
-- KEYS[1] the lease STRING. ARGV[1] this instance, ARGV[2] lease millis. Returns 1 when held now, 0 otherwise.
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if not holder then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0

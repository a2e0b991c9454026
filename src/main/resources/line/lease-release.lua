-- Gives a partition lease back if this instance holds it (at shutdown, or to share partitions with a new instance).
-- KEYS[1] the lease STRING. ARGV[1] this instance. Returns 1 when released.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0

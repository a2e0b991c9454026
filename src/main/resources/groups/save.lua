-- Writes a group's profile and (optionally) adds a member, renewing both TTLs, in one step.
-- KEYS[1] profile HASH, KEYS[2] members SET
-- ARGV[1] ttl seconds, ARGV[2] '1' when the group must already exist (an edit), ARGV[3] member id or '',
-- ARGV[4..] field, value pairs
-- Returns 1, or 0 when an edit found no group (a deleted group is never recreated by a late edit).
if ARGV[2] == '1' and redis.call('EXISTS', KEYS[1]) == 0 then
  return 0
end
for i = 4, #ARGV, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
end
if ARGV[3] ~= '' then
  redis.call('SADD', KEYS[2], ARGV[3])
end
redis.call('EXPIRE', KEYS[1], ARGV[1])
if redis.call('EXISTS', KEYS[2]) == 1 then
  redis.call('EXPIRE', KEYS[2], ARGV[1])
end
return 1

-- Keeps this instance's running marks of one partition alive while their events run.
-- KEYS the marks (one partition's hash tag). ARGV[1] this instance, ARGV[2] mark millis. Returns the number renewed.
local renewed = 0
for _, key in ipairs(KEYS) do
  if redis.call('GET', key) == ARGV[1] then
    redis.call('PEXPIRE', key, ARGV[2])
    renewed = renewed + 1
  end
end
return renewed

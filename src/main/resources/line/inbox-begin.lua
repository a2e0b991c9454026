-- An instance is about to run an event's effects: it marks the event running, unless the event is done already or
-- another instance's mark stands (that instance is running it: it may have lost its partition while starved of CPU,
-- and keeps its events marked as long as it lives).
-- KEYS[1] the partition's STREAM, KEYS[2] the event's running mark STRING (same hash tag).
-- ARGV[1] entry id, ARGV[2] this instance, ARGV[3] mark millis.
-- Returns 1 when marked (run it), 0 while another instance's mark stands (wait), -1 when the entry is gone (done).
if #redis.call('XRANGE', KEYS[1], ARGV[1], ARGV[1]) == 0 then
  return -1
end
local holder = redis.call('GET', KEYS[2])
if holder and holder ~= ARGV[2] then
  return 0
end
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
return 1

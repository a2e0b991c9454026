-- Creates or changes a meeting in one step. A new set of date options clears both answers and the chosen option.
-- KEYS[1] meeting HASH; ARGV[1] ttl seconds, ARGV[2] '1' create, '0' change, ARGV[3] '1' clear the answers,
-- ARGV[4..] field, value pairs
-- Returns the status before ('' for a creation), or false when a change found no meeting.
local before = redis.call('HGET', KEYS[1], 'status')
if ARGV[2] == '1' then
  before = ''
elseif not before then
  return false
end
if ARGV[3] == '1' then
  redis.call('HDEL', KEYS[1], 'groupAnswer', 'departmentAnswer', 'chosen')
end
for i = 4, #ARGV, 2 do
  redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1])
end
redis.call('EXPIRE', KEYS[1], ARGV[1])
return before

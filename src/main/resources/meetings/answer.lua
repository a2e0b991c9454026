-- One side's answer to a proposed 事前打ち合わせ, and the status that follows, in one step (both sides may tap at
-- the same moment). Answers: '' not yet, 'D' declined, '0'..'n' the date option accepted.
-- Any decline: DECLINED; both accepted the same option: CONFIRMED (chosen = that option); else SCHEDULING.
-- KEYS[1] meeting HASH; ARGV[1] side field (groupAnswer|departmentAnswer), ARGV[2] answer, ARGV[3] now millis,
-- ARGV[4] ttl seconds
-- Returns 'BEFORE>AFTER', 'STATE:<status>' when the meeting is already settled, or false when there is none.
local status = redis.call('HGET', KEYS[1], 'status')
if not status then
  return false
end
if status == 'CONFIRMED' or status == 'DONE' or status == 'DECLINED' then
  return 'STATE:' .. status
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2], 'updatedAt', ARGV[3])
local g = redis.call('HGET', KEYS[1], 'groupAnswer') or ''
local d = redis.call('HGET', KEYS[1], 'departmentAnswer') or ''
local after = 'SCHEDULING'
if g == 'D' or d == 'D' then
  after = 'DECLINED'
elseif g ~= '' and g == d then
  after = 'CONFIRMED'
  redis.call('HSET', KEYS[1], 'chosen', g)
end
redis.call('HSET', KEYS[1], 'status', after)
redis.call('EXPIRE', KEYS[1], ARGV[4])
return status .. '>' .. after

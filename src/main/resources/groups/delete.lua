-- Erases a group: returns its member ids and linked chat (for the lookup cleanup) and deletes both keys at once.
-- KEYS[1] profile HASH, KEYS[2] members SET
-- Returns {chatId or '', member...}, or an empty list when there was no group.
if redis.call('EXISTS', KEYS[1]) == 0 then
  return {}
end
local chat = redis.call('HGET', KEYS[1], 'chatId') or ''
local result = { chat }
for _, member in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  table.insert(result, member)
end
redis.call('DEL', KEYS[1], KEYS[2])
return result

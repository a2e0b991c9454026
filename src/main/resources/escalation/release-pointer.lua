-- Deletes a conversation's open-ticket pointer only if it still points at the given ticket.
-- KEYS[1] pointer STRING. ARGV[1] ticket id. Returns 1 if deleted.
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0

-- An event is done: acknowledged in the consumer group and removed, so the stream's length is the backlog; its
-- running mark goes with it.
-- KEYS[1] the partition's STREAM, KEYS[2] the event's running mark. ARGV[1] consumer group, ARGV[2] entry id.
-- Returns the number deleted.
redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
redis.call('DEL', KEYS[2])
return redis.call('XDEL', KEYS[1], ARGV[2])

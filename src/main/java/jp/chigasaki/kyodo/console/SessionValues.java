package jp.chigasaki.kyodo.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.serializer.JdkSerializationRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializer;
import org.springframework.data.redis.serializer.SerializationException;

/**
 * How console session values are stored in Redis (Spring Session's {@code springSessionDefaultRedisSerializer}): Java
 * serialisation, as Spring Session does by default, except that a value this version cannot read (written by an
 * instance of another version during a rolling deploy, whose classes differ) is dropped instead of failing the
 * request. A dropped sign-in means the coordinator signs in again; without this every page would answer 500 until the
 * session expired.
 */
final class SessionValues implements RedisSerializer<Object> {

	private static final Logger log = LoggerFactory.getLogger(SessionValues.class);

	private final JdkSerializationRedisSerializer java;

	SessionValues(ClassLoader classLoader) {
		this.java = new JdkSerializationRedisSerializer(classLoader);
	}

	@Override
	public byte[] serialize(Object value) {
		return java.serialize(value);
	}

	@Override
	public Object deserialize(byte[] bytes) {
		try {
			return java.deserialize(bytes);
		}
		catch (SerializationException ex) {
			// The cause names a class, never the value, so it says which change made the session unreadable.
			log.info("A console session value could not be read ({}); it is dropped and the coordinator signs in again",
					ex.getMostSpecificCause().getClass().getSimpleName());
			return null;
		}
	}
}

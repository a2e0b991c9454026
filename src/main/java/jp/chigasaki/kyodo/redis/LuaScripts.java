package jp.chigasaki.kyodo.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Lua scripts from the classpath, read once. {@code RedisScript.of(Resource)} would look at the resource's
 * modification time on every call (for a script inside the jar, by opening the jar entry), which costs more CPU than
 * sending the script on the hot path of every message.
 */
public final class LuaScripts {

	private LuaScripts() {
	}

	/** @param path the script's classpath location, for example {@code conversation/save.lua} */
	public static <T> RedisScript<T> of(String path, Class<T> resultType) {
		return RedisScript.of(text(path), resultType);
	}

	/** The script's source, for callers that send it themselves. */
	public static String text(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Lua script " + path + " missing from the classpath", ex);
		}
	}
}

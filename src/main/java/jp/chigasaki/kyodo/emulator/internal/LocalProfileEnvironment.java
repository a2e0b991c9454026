package jp.chigasaki.kyodo.emulator.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import jp.chigasaki.kyodo.emulator.LocalChannel;

/**
 * Prepares the {@code local} profile before any bean exists: refuses it beside {@code prod} or real LINE credentials,
 * generates the local channel secret and token, and turns {@code server.port=0} into a concrete free port (the LINE
 * client's base URL, {@code http://localhost:${server.port}/emulator/line-api}, is fixed when the client is built).
 * Runs after the config files are read, so it sees every profile and property.
 */
public final class LocalProfileEnvironment implements EnvironmentPostProcessor, Ordered {

	static final String LOCAL = "local";
	static final String PROPERTY_SOURCE = "kyodoLocalChannel";
	static final String SECRET = "kyodo.line.channel-secret";
	static final String TOKEN = "kyodo.line.channel-token";

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!environment.matchesProfiles(LOCAL)) {
			return;
		}
		if (environment.matchesProfiles("prod")) {
			throw new LocalProfileRefusedException("The profiles 'local' and 'prod' are both active.",
					"Run production without the 'local' profile; 'local' is for trying the service on one machine.");
		}
		Map<String, Object> local = new LinkedHashMap<>();
		keepOrGenerate(environment, SECRET, "LINE_CHANNEL_SECRET", () -> LocalChannel.MARKER + hex(16), local);
		keepOrGenerate(environment, TOKEN, "LINE_CHANNEL_TOKEN", () -> LocalChannel.MARKER + base64(32), local);
		if ("0".equals(environment.getProperty("server.port"))) {
			local.put("server.port", freePort());
		}
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, local));
	}

	private static void keepOrGenerate(ConfigurableEnvironment environment, String key, String variable,
			java.util.function.Supplier<String> generator, Map<String, Object> local) {
		for (String name : new String[] { key, variable }) {
			String value = environment.getProperty(name);
			if (value != null && !value.isBlank() && !LocalChannel.isLocal(value)) {
				// Name the setting, never its value.
				throw new LocalProfileRefusedException(
						"Real LINE credentials are configured (" + name + ") while the 'local' profile is active."
								+ " The local profile sends the bot's messages to a stand-in inside the service and"
								+ " must never run against a real LINE channel.",
						"Either unset LINE_CHANNEL_SECRET and LINE_CHANNEL_TOKEN (and kyodo.line.channel-secret /"
								+ " -token) to use the generated local channel, or run without the 'local' profile"
								+ " to connect the real channel.");
			}
		}
		String current = environment.getProperty(key);
		local.put(key, LocalChannel.isLocal(current) ? current : generator.get());
	}

	private static String hex(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

	private static String base64(int bytes) {
		byte[] random = new byte[bytes];
		RANDOM.nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("no free loopback port for the local run", ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}

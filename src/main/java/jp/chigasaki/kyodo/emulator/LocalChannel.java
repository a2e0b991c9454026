package jp.chigasaki.kyodo.emulator;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * The LINE channel of the local run: a secret to sign webhooks with and a token the stand-in expects. Both are
 * generated at start-up unless set to a value with the {@value #MARKER} prefix, so they can never be real ones.
 */
public record LocalChannel(String secret, String token) {

	/** Every local secret and token starts with this; anything else is taken for a real LINE credential. */
	public static final String MARKER = "local-";

	public static boolean isLocal(String value) {
		return value != null && value.startsWith(MARKER);
	}

	/** Constant-time comparison of an {@code Authorization} header with {@code Bearer <token>}. */
	public boolean authorizes(String authorizationHeader) {
		if (authorizationHeader == null) {
			return false;
		}
		return MessageDigest.isEqual(authorizationHeader.getBytes(StandardCharsets.UTF_8),
				("Bearer " + token).getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "LocalChannel[secret=" + mask(secret) + ", token=" + mask(token) + "]";
	}

	private static String mask(String value) {
		return value == null ? "null" : value.substring(0, Math.min(value.length(), MARKER.length() + 4)) + "…";
	}
}

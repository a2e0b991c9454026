package jp.chigasaki.kyodo.dialogue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Postback data the dialogue wrote into its buttons: {@code dlg:<action>[=<value>][&<key>=<value>…]}, for example
 * {@code dlg:faq=genki-kikin-amount} or {@code dlg:feedback=down&faq=genki-kikin-amount}. Anything else, and
 * anything longer than LINE's 300 characters, reads as nothing.
 */
record Postback(String action, String value, Map<String, String> parameters) {

	static final int MAX_DATA = 300;

	static Optional<Postback> parse(String data) {
		if (data == null || data.length() > MAX_DATA || !data.startsWith(Buttons.PREFIX)) {
			return Optional.empty();
		}
		String[] parts = data.substring(Buttons.PREFIX.length()).split("&", -1);
		String[] head = parts[0].split("=", 2);
		Map<String, String> parameters = new HashMap<>();
		for (int i = 1; i < parts.length; i++) {
			String[] pair = parts[i].split("=", 2);
			parameters.putIfAbsent(pair[0], pair.length > 1 ? pair[1] : "");
		}
		return Optional.of(new Postback(head[0], head.length > 1 ? head[1] : "", Map.copyOf(parameters)));
	}

	String parameter(String key) {
		return parameters.getOrDefault(key, "");
	}
}

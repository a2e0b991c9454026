package jp.chigasaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.StringArbitrary;
import tools.jackson.databind.json.JsonMapper;

/**
 * Property: whatever JSON a correctly signed webhook carries, {@code /callback} answers 200 or 400 (never 500, never
 * a stack trace), and every event it accepted leaves the inbox. jqwik generates the bodies (its generators run here
 * inside the Spring test, outside its own engine): any JSON value as the body, and webhook-shaped bodies whose
 * events have the fields LINE uses filled with values of any type, including {@code null}, empty and huge ones.
 */
class CallbackFuzzIntegrationTests extends WebhookTestBase {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> FIELDS = List.of("type", "mode", "timestamp", "source", "webhookEventId",
			"deliveryContext", "replyToken", "message", "postback", "data", "text", "id", "userId", "groupId",
			"roomId", "mention", "mentionees", "index", "length", "isSelf", "unsend", "messageId", "follow",
			"destination", "events");

	private static final List<Object> WORDS = List.of("user", "group", "room", "message", "postback", "follow",
			"unfollow", "join", "leave", "unsend", "text", "sticker", "image", "dlg:none", "dlg:human", "esc:skip",
			"esc:claim:1", "esc:kind:9", "dlg:feedback=up&faq=", "Ufuzz0000000000000000000000000001", "コンシェルジュ",
			"");

	@Test
	void aSignedNullEventIsAcknowledgedAndNothingHappens() {
		assertThat(send("{\"events\":[null]}").statusCode()).isEqualTo(200);
		assertThat(send("{\"destination\":\"U1\",\"events\":[null, 1, \"x\", [], {}]}").statusCode()).isEqualTo(200);

		awaitWorkersIdle();
		assertThat(dialogue.calls).isEmpty();
		assertNothingSent();
	}

	@Test
	void anySignedJsonIsAnsweredWithOkOrBadRequestAndNeverAStackTrace() {
		Arbitrary<String> bodies = Arbitraries.oneOf(value(3).map(JsonFuzz::write), webhook().map(JsonFuzz::write),
				Arbitraries.strings().ofMaxLength(40));

		bodies.sampleStream().limit(400).forEach(body -> {
			var response = send(body);
			assertThat(response.statusCode()).as(body).isIn(200, 400);
			assertThat(response.body()).as(body).doesNotContain("Exception", "at jp.", "at org.");
		});

		awaitWorkersIdle();
		assertThat(send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Ufuzz-after"), "rt-fz",
				"まだ答えますか"))).statusCode()).isEqualTo(200);
		awaitWorkersIdle();
		assertThat(dialogue.calls).contains("answer:まだ答えますか:member:misses=0");
	}

	/** A body shaped like LINE's, with event fields of any type. */
	private static Arbitrary<Object> webhook() {
		Arbitrary<Object> event = Combinators
			.combine(Arbitraries.maps(Arbitraries.of(FIELDS), value(2)).ofMaxSize(8), source(),
					Arbitraries.of("message", "postback", "follow", "unsend", "join", "leave", "beacon"), text())
			.as((fields, source, type, text) -> {
				Map<String, Object> copy = new java.util.LinkedHashMap<>(fields);
				copy.putIfAbsent("type", type);
				copy.putIfAbsent("source", source);
				copy.putIfAbsent("message", Map.of("type", "text", "id", "1", "text", text));
				return copy;
			});
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, event), net.jqwik.api.Tuple.of(1, value(1)))
			.list()
			.ofMaxSize(5)
			.map(events -> Map.of("destination", "Ubot", "events", events));
	}

	private static Arbitrary<Object> source() {
		return Arbitraries.oneOf(Arbitraries.just(Map.of("type", "user", "userId", "Ufuzz0000000000000000000000000001")),
				Arbitraries.maps(Arbitraries.of("type", "userId", "groupId", "roomId"), value(1)).ofMaxSize(3)
					.map(map -> (Object) map));
	}

	/** Any JSON value, nested at most {@code depth} levels. */
	private static Arbitrary<Object> value(int depth) {
		Arbitrary<Object> leaf = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of(true, false).map(b -> b),
				Arbitraries.integers().map(i -> i), Arbitraries.longs().map(l -> l),
				Arbitraries.doubles().map(d -> d), text().map(s -> s), Arbitraries.of(WORDS));
		if (depth <= 0) {
			return leaf;
		}
		return Arbitraries.oneOf(leaf, value(depth - 1).list().ofMaxSize(4).map(list -> list),
				Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(FIELDS), text()), value(depth - 1))
					.ofMaxSize(4)
					.map(map -> map));
	}

	private static StringArbitrary text() {
		return Arbitraries.strings().all().ofMaxLength(30);
	}

	/** Writes a generated value as JSON text. */
	static final class JsonFuzz {

		private JsonFuzz() {
		}

		static String write(Object value) {
			return JSON.writeValueAsString(value);
		}
	}
}

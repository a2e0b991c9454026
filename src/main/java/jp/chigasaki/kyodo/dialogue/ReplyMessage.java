package jp.chigasaki.kyodo.dialogue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One message bubble of a reply. The LINE layer renders each kind; {@link #plainText()} is what {@code ask} prints. */
public sealed interface ReplyMessage {

	String plainText();

	/** A text bubble, at most 5,000 characters. */
	record Text(String text) implements ReplyMessage {

		@Override
		public String plainText() {
			return text;
		}
	}

	/** A department card (Flex message in LINE); optional fields are null when unknown. */
	record DepartmentCard(String departmentId, String name, String parent, List<String> handles, String phone,
			String floor, String web, String note) implements ReplyMessage {

		@Override
		public String plainText() {
			return Stream
				.of(name + (parent == null ? "" : "（" + parent + "）"), "担当: " + String.join("、", handles),
						phone == null ? null : "電話: " + phone, floor == null ? null : "場所: " + floor,
						web == null ? null : "ウェブ: " + web, note)
				.filter(s -> s != null && !s.isBlank())
				.collect(Collectors.joining("\n"));
		}
	}

	/**
	 * Choices to tap, each sending its postback data (a Flex carousel in LINE, so that no list is cut at the 13
	 * quick-reply buttons LINE allows).
	 */
	record Choices(String title, List<Choice> choices) implements ReplyMessage {

		public Choices {
			choices = List.copyOf(choices);
		}

		@Override
		public String plainText() {
			return Stream.concat(Stream.of(title), choices.stream().map(choice -> "・" + choice.label()))
				.collect(Collectors.joining("\n"));
		}

		public record Choice(String label, String postbackData) {
		}
	}
}

package jp.chigasaki.kyodo.dialogue;

import jp.chigasaki.kyodo.matching.Candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/** When the engine is unsure: offer the best few candidates, 「どれも違う」 and 「担当者に相談」. */
final class ClarifyReplies {

	private ClarifyReplies() {
	}

	/**
	 * An option people can tell apart: two entries asked the same way (ミライトーク in the サポセン and the 取組 files)
	 * are told apart by their category.
	 */
	private static String distinct(Context context, Candidate candidate, List<String> titles) {
		String title = context.title(candidate);
		boolean twin = titles.stream().filter(title::equals).count() > 1;
		String category = context.visibleFaq(candidate.faqId()).map(faq -> faq.category()).orElse(null);
		return twin && category != null ? title + "（" + category + "）" : title;
	}

	/** Empty when no candidate is left to offer (the caller treats it as a miss). */
	static Optional<Reply> offer(Context context) {
		List<Candidate> offered = lastFirst(context, context.candidates()
			.stream()
			.limit(context.properties().clarifyOptions())
			.toList());
		if (offered.isEmpty()) {
			return Optional.empty();
		}
		StringJoiner text = new StringJoiner("\n").add("次のどれについてお知りになりたいですか？");
		Draft draft = Draft.of(Decision.CLARIFY).candidates(context.candidates());
		draft.entry(null, null, context.classification().confidence());
		List<String> titles = offered.stream().map(context::title).toList();
		for (int i = 0; i < offered.size(); i++) {
			String title = distinct(context, offered.get(i), titles);
			text.add((i + 1) + ". " + title);
			draft.quick(Buttons.entry((i + 1) + ". " + title, offered.get(i).faqId()));
		}
		text.add("").add("番号か下のボタンでお選びください。");
		List<String> ids = offered.stream().map(Candidate::faqId).toList();
		return Optional.of(draft.text(text.toString())
			.quick(Buttons.noneOfThese(), Buttons.human())
			.build(context.state().next(ids, 0)));
	}

	/**
	 * The options with the entry just answered first, when a short message after it is unsure among them (「スライド
	 * 使ってもいい？」 after the presentation entry offered the fund's eligible costs first, the presentation third): it
	 * is what the conversation was about. A longer message, a new question of its own, keeps the engine's order.
	 */
	private static List<Candidate> lastFirst(Context context, List<Candidate> offered) {
		String last = context.state().lastFaqId();
		int at = last == null || !FollowUps.isShort(context.question()) ? -1
				: offered.stream().map(Candidate::faqId).toList().indexOf(last);
		if (at <= 0) {
			return offered;
		}
		List<Candidate> first = new ArrayList<>(offered);
		first.add(0, first.remove(at));
		return List.copyOf(first);
	}
}

package jp.chigasaki.kyodo.matching;

import java.util.Optional;
import java.util.Set;

import jp.chigasaki.kyodo.knowledge.Audience;

/**
 * Understands a Japanese question against the current knowledge. Thread-safe; never throws for any input text;
 * answers from one consistent index even while the knowledge reloads.
 */
public interface QuestionClassifier {

	Classification classify(String question, Audience audience);

	/**
	 * What a whole message asks, as {@link #classify} should read it: 「サポセンとは」 for a message that only names
	 * something the knowledge defines (「さぽせん？」「サポセン」), the message itself otherwise. Only for a whole message
	 * of one sentence: 「サポセン？」 among other sentences (「サポセン？サポートセンター？ってところの人に相談したいです」)
	 * does not ask what the centre is.
	 */
	default String definitionAsked(String message) {
		return message;
	}

	/**
	 * What an entry is about, as words to ask the engine with: the words of its question that most of its own question
	 * and phrasings hold (公民館 for the entries on booking a 公民館, ボランティア 保険 for the volunteer insurance). A
	 * short follow-up (「料金は？」「いくら？」) is asked with them in front. Empty when the entry has no such words, or is
	 * unknown.
	 */
	default Optional<String> subject(String faqId) {
		return Optional.empty();
	}

	/**
	 * The words of a text as the engine reads them, for comparing a text with a {@link #subject}: 「NPO法人」 reads as
	 * npo and 法人, 「締め切り」 as 締切 (the first form of its synonyms). Empty when unknown.
	 */
	default Set<String> words(String text) {
		return Set.of();
	}
}

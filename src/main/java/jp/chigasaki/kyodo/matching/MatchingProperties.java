package jp.chigasaki.kyodo.matching;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Thresholds and analysis switches of the matching engine ({@code kyodo.matching.*}). The thresholds are the most
 * questions answered directly and right on blind-dev while confident-wrong stays at most 3% and no out-of-scope
 * question of either dev split is answered (docs/matching.md); the analysis switches exist for the ablation.
 *
 * @param answerThreshold confidence at or above which the best candidate is answered directly
 * @param oneSentenceAnswerThreshold the same for a question of one sentence (no sentence ends inside it): at the
 *        same confidence those were right more often than messages with context sentences (docs/matching.md)
 * @param agreementThreshold confidence at or above which the best candidate is answered directly when the second
 *        opinion (a sentence-embedding model) prefers it to the other candidates; at or above the answer threshold
 *        (1, say) the second opinion is off
 * @param phrasingModelThreshold confidence at or above which the best candidate of a one-sentence question is answered
 *        directly when it is also the first choice of the phrasing model (a classifier trained on the records'
 *        phrasings) and of the second opinion; at or above the answer threshold (1, the default) the phrasing model is
 *        off. 0.4 answers more questions right on every blind split, but answered out-of-scope questions on two blind
 *        test splits (docs/matching.md, seventeenth pass), so it is not the default
 * @param leadThreshold confidence at or above which a best candidate that leads the next one by {@code lead} is
 *        answered directly when no rule of the dialogue decides otherwise (the dialogue sees
 *        {@link Classification#leads()} on a CLARIFY; docs/matching.md, twenty-first pass); 1 switches it off
 * @param lead how far (in calibrated confidence) the best candidate must lead the next one for {@code leadThreshold}
 * @param clarifyThreshold confidence at or above which candidates are offered; below it the bot says it cannot answer
 * @param intentThreshold intent confidence at or above which a conversational intent is reported
 * @param maxCandidates how many candidates a classification lists at most
 * @param maxQuestionChars longer questions are cut to this many characters before analysis
 * @param analysis which analysis choices are on, and the field weights
 * @param calibration the logistic model turning retrieval features into a confidence
 */
@Validated
@ConfigurationProperties("kyodo.matching")
public record MatchingProperties(@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.88") double answerThreshold,
		@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.75") double oneSentenceAnswerThreshold,
		@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.7") double agreementThreshold,
		@DecimalMin("0") @DecimalMax("1") @DefaultValue("1") double phrasingModelThreshold,
		@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.6") double leadThreshold,
		@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.5") double lead,
		@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.18") double clarifyThreshold,
		@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.5") double intentThreshold,
		@Min(1) @Max(20) @DefaultValue("5") int maxCandidates,
		@Min(16) @Max(2000) @DefaultValue("300") int maxQuestionChars, @Valid @NotNull @DefaultValue Analysis analysis,
		@Valid @NotNull @DefaultValue Calibration calibration) {

	/** The defaults, for use without Spring (the command-line tools). */
	public static MatchingProperties defaults() {
		return new MatchingProperties(0.88, 0.75, 0.7, 1, 0.6, 0.5, 0.18, 0.5, 5, 300, Analysis.defaults(),
				Calibration.defaults());
	}

	public MatchingProperties withAnalysis(Analysis changed) {
		return new MatchingProperties(answerThreshold, oneSentenceAnswerThreshold, agreementThreshold,
				phrasingModelThreshold, leadThreshold, lead, clarifyThreshold, intentThreshold, maxCandidates,
				maxQuestionChars, changed, calibration);
	}

	public MatchingProperties withCalibration(Calibration changed) {
		return new MatchingProperties(answerThreshold, oneSentenceAnswerThreshold, agreementThreshold,
				phrasingModelThreshold, leadThreshold, lead, clarifyThreshold, intentThreshold, maxCandidates,
				maxQuestionChars, analysis, changed);
	}

	/** These settings with other answer thresholds (for all questions, and for questions of one sentence). */
	public MatchingProperties withAnswerThresholds(double answer, double oneSentenceAnswer) {
		return new MatchingProperties(answer, oneSentenceAnswer, agreementThreshold, phrasingModelThreshold,
				leadThreshold, lead, clarifyThreshold, intentThreshold, maxCandidates, maxQuestionChars, analysis,
				calibration);
	}

	/** These settings with another agreement threshold (1: no second opinion). */
	public MatchingProperties withAgreementThreshold(double agreement) {
		return new MatchingProperties(answerThreshold, oneSentenceAnswerThreshold, agreement, phrasingModelThreshold,
				leadThreshold, lead, clarifyThreshold, intentThreshold, maxCandidates, maxQuestionChars, analysis,
				calibration);
	}

	/** These settings with another lead rule ({@code threshold} 1: off). */
	public MatchingProperties withLead(double threshold, double margin) {
		return new MatchingProperties(answerThreshold, oneSentenceAnswerThreshold, agreementThreshold,
				phrasingModelThreshold, threshold, margin, clarifyThreshold, intentThreshold, maxCandidates,
				maxQuestionChars, analysis, calibration);
	}

	/** These settings with another phrasing-model threshold (1: no phrasing model). */
	public MatchingProperties withPhrasingModelThreshold(double threshold) {
		return new MatchingProperties(answerThreshold, oneSentenceAnswerThreshold, agreementThreshold, threshold,
				leadThreshold, lead, clarifyThreshold, intentThreshold, maxCandidates, maxQuestionChars, analysis,
				calibration);
	}

	/**
	 * Analysis choices. Field weights multiply each field's BM25 score; 0 leaves the field out of queries.
	 *
	 * @param nfkc Unicode NFKC case-folding before tokenisation (full/half width, circled digits, 〜)
	 * @param synonyms map the variant groups of {@code faq/synonyms.yaml} to their canonical word
	 * @param userDictionary use {@code faq/userdict.txt} in Kuromoji
	 * @param coverageWeight weight of a hit's share of the question's words beside its BM25 score when the best ten
	 *        hits are re-ordered (0: BM25 order)
	 * @param kanaSpelling spell the hiragana runs of a question typed mostly in kana with the knowledge's own kanji
	 *        compounds before the word fields read it (ぼうさい → 防災)
	 * @param generalSynonymsWeight weight, beside the word's own, of the general Japanese synonyms (SudachiDict) of a
	 *        question word that no entry contains (転居 for 引っ越し); 0 leaves them out
	 */
	public record Analysis(@DefaultValue("true") boolean nfkc, @DefaultValue("true") boolean synonyms,
			@DefaultValue("true") boolean userDictionary, @DefaultValue("1.0") @Min(0) double questionWeight,
			@DefaultValue("1.0") @Min(0) double phrasingsWeight, @DefaultValue("1.0") @Min(0) double answerWeight,
			@DefaultValue("1.0") @Min(0) double topicsWeight, @DefaultValue("1.0") @Min(0) double readingWeight,
			@DefaultValue("0") @Min(0) double ngramWeight, @DefaultValue("1.0") @Min(0) double romajiWeight,
			@DefaultValue("0.08") @DecimalMin("0") @DecimalMax("1") double coverageWeight,
			@DefaultValue("true") boolean kanaSpelling,
			@DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double generalSynonymsWeight) {

		public static Analysis defaults() {
			return new Analysis(true, true, true, 1.0, 1.0, 1.0, 1.0, 1.0, 0, 1.0, 0.08, true, 0.5);
		}

		public Analysis withCoverageWeight(double changed) {
			return new Analysis(nfkc, synonyms, userDictionary, questionWeight, phrasingsWeight, answerWeight,
					topicsWeight, readingWeight, ngramWeight, romajiWeight, changed, kanaSpelling, generalSynonymsWeight);
		}

		public Analysis withGeneralSynonymsWeight(double changed) {
			return new Analysis(nfkc, synonyms, userDictionary, questionWeight, phrasingsWeight, answerWeight,
					topicsWeight, readingWeight, ngramWeight, romajiWeight, coverageWeight, kanaSpelling, changed);
		}
	}

	/**
	 * A candidate's confidence = sigmoid(bias + top·s + margin·m + matched·w + known·k + outOfScope·o), where s is
	 * its score divided by the best score the question could reach, m its lead over the best other candidate (same
	 * units), w the share of the question's words it contains, k the share of them the knowledge knows at all, o the
	 * intent model's probability that the question is not an FAQ question. Fitted with {@code eval --fit} on the dev
	 * split.
	 */
	public record Calibration(@DefaultValue("-2.592") double bias, @DefaultValue("0.923") double top,
			@DefaultValue("29.215") double margin, @DefaultValue("1.602") double matched,
			@DefaultValue("1.436") double known, @DefaultValue("-0.957") double outOfScope) {

		public static Calibration defaults() {
			return new Calibration(-2.592, 0.923, 29.215, 1.602, 1.436, -0.957);
		}
	}
}

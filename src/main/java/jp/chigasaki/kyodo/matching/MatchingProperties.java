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
 * Thresholds and analysis switches of the matching engine ({@code kyodo.matching.*}). The defaults are the values
 * chosen on the labelled dev split (see docs/matching.md); the analysis switches exist for the ablation.
 *
 * @param answerThreshold confidence at or above which the best candidate is answered directly
 * @param clarifyThreshold confidence at or above which candidates are offered; below it the bot says it cannot answer
 * @param intentThreshold intent confidence at or above which a conversational intent is reported
 * @param maxCandidates how many candidates a classification lists at most
 * @param maxQuestionChars longer questions are cut to this many characters before analysis
 * @param analysis which analysis choices are on, and the field weights
 * @param calibration the logistic model turning retrieval features into a confidence
 */
@Validated
@ConfigurationProperties("kyodo.matching")
public record MatchingProperties(@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.6") double answerThreshold,
		@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.25") double clarifyThreshold,
		@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.5") double intentThreshold,
		@Min(1) @Max(20) @DefaultValue("5") int maxCandidates,
		@Min(16) @Max(2000) @DefaultValue("300") int maxQuestionChars, @Valid @NotNull @DefaultValue Analysis analysis,
		@Valid @NotNull @DefaultValue Calibration calibration) {

	/** The defaults, for use without Spring (the command-line tools). */
	public static MatchingProperties defaults() {
		return new MatchingProperties(0.6, 0.25, 0.5, 5, 300, Analysis.defaults(), Calibration.defaults());
	}

	public MatchingProperties withAnalysis(Analysis changed) {
		return new MatchingProperties(answerThreshold, clarifyThreshold, intentThreshold, maxCandidates,
				maxQuestionChars, changed, calibration);
	}

	public MatchingProperties withCalibration(Calibration changed) {
		return new MatchingProperties(answerThreshold, clarifyThreshold, intentThreshold, maxCandidates,
				maxQuestionChars, analysis, changed);
	}

	/**
	 * Analysis choices. Field weights multiply each field's BM25 score; 0 leaves the field out of queries.
	 *
	 * @param nfkc Unicode NFKC case-folding before tokenisation (full/half width, circled digits, 〜)
	 * @param synonyms map the variant groups of {@code faq/synonyms.yaml} to their canonical word
	 * @param userDictionary use {@code faq/userdict.txt} in Kuromoji
	 */
	public record Analysis(@DefaultValue("true") boolean nfkc, @DefaultValue("true") boolean synonyms,
			@DefaultValue("true") boolean userDictionary, @DefaultValue("3.0") @Min(0) double questionWeight,
			@DefaultValue("2.0") @Min(0) double phrasingsWeight, @DefaultValue("1.0") @Min(0) double answerWeight,
			@DefaultValue("0.5") @Min(0) double topicsWeight, @DefaultValue("0.6") @Min(0) double readingWeight,
			@DefaultValue("0.8") @Min(0) double ngramWeight) {

		public static Analysis defaults() {
			return new Analysis(true, true, true, 3.0, 2.0, 1.0, 0.5, 0.6, 0.8);
		}
	}

	/**
	 * confidence = sigmoid(bias + top·s1 + margin·m + coverage·c + outOfScope·o), where s1 is the best score divided
	 * by the best score the query could reach, m the relative margin to the second, c the share of query words the
	 * knowledge knows, o the out-of-scope intent vote. Fitted with {@code eval --fit} on the dev split.
	 */
	public record Calibration(@DefaultValue("-6.0") double bias, @DefaultValue("9.0") double top,
			@DefaultValue("2.0") double margin, @DefaultValue("3.0") double coverage,
			@DefaultValue("-4.0") double outOfScope) {

		public static Calibration defaults() {
			return new Calibration(-6.0, 9.0, 2.0, 3.0, -4.0);
		}
	}
}

package jp.chigasaki.kyodo.escalation;

/** Why a conversation goes to a coordinator. */
public enum EscalationTrigger {
	/** Confidence below the low band, or out of scope, and the user accepted the offer. */
	LOW_CONFIDENCE,
	/** 「担当者に相談」 or the talk-to-human intent. */
	ASKED_FOR_HUMAN,
	/** 「どれも違う」 after a clarify. */
	NONE_MATCHED,
	/** Two misses in a row. */
	REPEATED_MISSES
}

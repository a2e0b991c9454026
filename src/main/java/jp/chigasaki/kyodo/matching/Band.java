package jp.chigasaki.kyodo.matching;

/** How sure the engine is: answer directly, offer candidates, or say it cannot answer. */
public enum Band {
	ANSWER, CLARIFY, LOW
}

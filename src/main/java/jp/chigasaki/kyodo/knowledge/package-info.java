/**
 * The knowledge the bot answers from: FAQ entries, departments, the できることメニュー, intents, synonyms and sources,
 * read from plain files under {@code faq/} and {@code intents/}, strictly validated, held as an immutable
 * {@link jp.chigasaki.kyodo.knowledge.KnowledgeBase} snapshot and reloadable without a restart.
 */
package jp.chigasaki.kyodo.knowledge;

/**
 * The dialogue policy: turns a classified question into a {@link jp.chigasaki.kyodo.dialogue.Reply} (answer,
 * clarify, escalate, fallback, greeting, menu) with quick replies; independent of LINE and of Redis.
 */
package jp.chigasaki.kyodo.dialogue;

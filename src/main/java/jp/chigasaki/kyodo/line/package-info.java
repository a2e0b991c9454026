/**
 * The LINE channel: {@code POST /callback} verifies, deduplicates and acknowledges webhooks at once, then a bounded,
 * per-conversation ordered worker runs each event through the escalation handoff and the dialogue and answers through
 * the Messaging API (reply token first, push with a retry key as fallback). Also the
 * {@link jp.chigasaki.kyodo.escalation.ChatMessenger} the coordinators' replies go through.
 */
package jp.chigasaki.kyodo.line;

/**
 * The LINE transport. {@code POST /callback} verifies a webhook and appends its events to the durable inbox (Redis
 * streams, one round trip) before it answers; every instance's {@link jp.chigasaki.kyodo.line.InboxReader} reads its
 * share of the inbox's partitions, hands each event to the conversation owner and sends the answer through the
 * Messaging API (reply token first, push with a retry key as fallback), and only then acknowledges the event. Also
 * the {@link jp.chigasaki.kyodo.escalation.ChatMessenger} the coordinators' replies go through.
 */
package jp.chigasaki.kyodo.line;

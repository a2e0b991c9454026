/**
 * The coordinator console: Japanese pages under {@code /console} and the same operations as JSON under
 * {@code /api/tickets}, behind Spring Security (accounts from configuration, roles per queue, CSRF, session
 * timeout). All ticket rules live in {@link jp.chigasaki.kyodo.escalation.EscalationQueue}.
 */
package jp.chigasaki.kyodo.console;

/**
 * Hand-over to the coordinators: the intake questions, tickets in a Redis queue per organisation (CITY, CENTER),
 * atomic claim, replies pushed into the LINE chat with a retry key, transfer, resolve, return to the bot, SLA flags
 * in business hours. The LINE layer talks to {@link jp.chigasaki.kyodo.escalation.HumanHandoff}; the console to
 * {@link jp.chigasaki.kyodo.escalation.EscalationQueue}.
 */
package jp.chigasaki.kyodo.escalation;

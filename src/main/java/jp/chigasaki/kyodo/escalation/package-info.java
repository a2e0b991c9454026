/**
 * Tickets for the coordinators: a Redis queue per organisation (CITY, CENTER) changed atomically with the ticket,
 * atomic claim, replies pushed into the LINE chat with a retry key, transfer, resolve, return to the bot, SLA flags
 * in business hours, and {@link jp.chigasaki.kyodo.escalation.TicketEvent}s after every stored change. The
 * conversation owner opens tickets through {@link jp.chigasaki.kyodo.escalation.Handovers}; the console works through
 * {@link jp.chigasaki.kyodo.escalation.EscalationQueue}.
 */
package jp.chigasaki.kyodo.escalation;

/**
 * Tickets for the coordinators: a Redis queue per organisation (CITY, CENTER) changed atomically with the ticket,
 * atomic claim, replies pushed into the LINE chat with a retry key, transfer, resolve, return to the bot, SLA flags
 * in business hours, and {@link jp.chigasaki.kyodo.escalation.TicketEvent}s after every stored change: written by
 * the change's own script into a durable stream read by every {@link jp.chigasaki.kyodo.escalation.TicketSubscriber}
 * from any instance, and published in-process as Spring application events. The
 * conversation owner opens tickets through {@link jp.chigasaki.kyodo.escalation.Handovers}; the console works through
 * {@link jp.chigasaki.kyodo.escalation.EscalationQueue}.
 */
package jp.chigasaki.kyodo.escalation;

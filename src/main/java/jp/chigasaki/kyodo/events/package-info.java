/**
 * 分野別発表会・交流会 (a trial of the city's plan): events with a theme, departments that explain, applications to
 * attend or present with an atomically enforced capacity, the day-before reminder, and the public {@code /events}
 * page and {@code /events.ics} feed. Key schema: {@link jp.chigasaki.kyodo.events.EventStore}.
 */
package jp.chigasaki.kyodo.events;

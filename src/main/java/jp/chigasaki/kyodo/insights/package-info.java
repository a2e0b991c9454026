/**
 * 達成指標: what was asked, answered, escalated and resolved, recorded from the conversation and ticket events into
 * per-day aggregates in Redis (no LINE ids, question texts only masked and only for questions the bot could not
 * answer well), and the learning loop that groups unanswered questions for coordinators. Entry points:
 * {@link jp.chigasaki.kyodo.insights.Insights} and {@link jp.chigasaki.kyodo.insights.InsightsReport}.
 */
package jp.chigasaki.kyodo.insights;

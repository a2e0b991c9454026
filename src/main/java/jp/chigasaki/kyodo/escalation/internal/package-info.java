/** Redis storage of tickets and conversations, the business-hours calendar and the intake questions. */
package jp.chigasaki.kyodo.escalation.internal;

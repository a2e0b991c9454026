/**
 * The one owner of a conversation's state and modes (bot, intake, human, and the initiatives' guided flows): one
 * record per conversation under one hash-tagged key, loaded and saved once per turn. Publishes
 * {@link jp.chigasaki.kyodo.conversation.TurnCompleted} for every handled turn.
 */
package jp.chigasaki.kyodo.conversation;

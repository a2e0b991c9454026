/**
 * The LINE face of the city's initiatives (試行): the guided conversations of 団体登録, 協働の種, 事前打ち合わせ,
 * 発表会・交流会 and お知らせ設定, each a pure state machine ({@code (turn, state) → (reply, next state)}) over its
 * feature's API, plugged into the conversation owner as guided flows. Holds no state of its own.
 */
package jp.chigasaki.kyodo.initiatives;

/**
 * Internals of the LINE emulator: the Messaging API stand-in, the in-memory chat log it fills, the webhook sender and
 * the page's endpoints. Every bean here is {@code @Profile("local")}.
 */
package jp.chigasaki.kyodo.emulator.internal;

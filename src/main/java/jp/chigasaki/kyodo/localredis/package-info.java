/**
 * The Redis the service runs itself when none is configured: a real redis-server child process with AOF and
 * {@code appendfsync always}, for the one-command local run and for the tests.
 */
package jp.chigasaki.kyodo.localredis;

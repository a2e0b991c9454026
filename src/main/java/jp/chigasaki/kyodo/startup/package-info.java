/**
 * Checks made before the service starts anything (no redis-server, no port, no bean yet), and the one clear
 * "APPLICATION FAILED TO START" report for each refusal: prod without LINE credentials or without a configured Redis,
 * invalid knowledge files, a second instance on the same data directory, a port in use.
 */
package jp.chigasaki.kyodo.startup;

/** Analyzer chains, the in-memory indexes, retrieval, intent voting and calibration behind the matching engine. */
package jp.chigasaki.kyodo.matching.internal;

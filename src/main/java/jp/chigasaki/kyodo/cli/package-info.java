/** The command-line tools {@code ask}, {@code eval} and {@code validate}, run without Spring, Redis or LINE. */
package jp.chigasaki.kyodo.cli;

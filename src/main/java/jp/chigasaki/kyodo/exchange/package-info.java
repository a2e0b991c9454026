/**
 * Knowledge in and out of the city's own tools: {@link jp.chigasaki.kyodo.exchange.FaqImport} turns a city FAQ table
 * (CSV or TSV, UTF-8 or Shift_JIS, as Japanese city systems export them) into {@code faq/} YAML drafts with ids and
 * matched departments, validated against the current knowledge; {@link jp.chigasaki.kyodo.exchange.FaqExport} writes
 * the knowledge as a CSV table and as a printable HTML review sheet for department heads. Depends on knowledge only.
 */
package jp.chigasaki.kyodo.exchange;

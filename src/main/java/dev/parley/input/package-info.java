/**
 * Reading articles from the formats news comes in: {@code NAME.txt} (+ {@code NAME.meta.json}), JSON Lines
 * exports, saved HTML pages and WARC files. Each file is a stream of {@link dev.parley.input.SourceRecord}s, one
 * per article, read with flat memory however large the file; a record that cannot be read is a record too, with
 * its place in the file and the reason. Depends on {@code extract} (article IRIs and checks) and {@code model}.
 */
package dev.parley.input;

/**
 * Reports for people: every saved query's results as HTML tables and CSV files, a Markdown summary, and two
 * pictures drawn as SVG from the store (the who-said-what network and the timeline), built in memory as one
 * self-contained set of files ({@link dev.parley.report.Report}) that {@code parley report} writes to a folder
 * and the server serves at {@code /report/}. Depends on {@code query}, {@code store} and {@code vocab}.
 */
package dev.parley.report;

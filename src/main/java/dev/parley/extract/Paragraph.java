package dev.parley.extract;

/** One line of the article with text on it: offsets in the article text, end exclusive (line break excluded). */
record Paragraph(int index, int begin, int end) {}

package dev.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Tests for {@link TemporalExpressions}: the seed article, each form, the resolution rules, and robustness. */
class TestTemporalExpressions {

    /** The seed article's publication date, a Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 17);
    private static final LocalDate SUNDAY = LocalDate.of(2025, 3, 16);
    private static final LocalDate TUESDAY = LocalDate.of(2025, 3, 18);

    /** Sentences of the seed article (shared/seed/000_f6ec3ed2904f9b40.txt) that hold dates, verbatim. */
    private static final String TITLE = "Trump Announces Plans to Discuss Cease-Fire with Putin on Tuesday";
    private static final String ANNOUNCED = "On Sunday, Trump announced that he plans to converse with Russian "
            + "President Vladimir Putin on Tuesday regarding a cease-fire that could put an end to the conflict in "
            + "Ukraine.";
    private static final String QUOTE = "\u201CI\u2019ll be talking with President Putin on Tuesday,\u201D Trump "
            + "informed reporters while aboard Air Force One. \u201CSignificant progress has been made over the "
            + "weekend. We aim to see if we can conclude that war.\u201D";
    private static final String JEDDAH = "Ukraine has consented to a 30-day cease-fire with Russia following "
            + "discussions on March 11 between Ukrainian and U.S. officials in Jeddah, Saudi Arabia.";
    private static final String GRUSHKO = "Russia\u2019s Deputy Foreign Minister, Alexander Grushko, stated on "
            + "Monday that Moscow will seek guarantees preventing NATO from allowing Kyiv to join the security "
            + "alliance.";
    private static final String DRONES = "Additionally, Ukraine executed drone strikes on Russian territory over "
            + "the weekend. The Russian Defense Ministry reported on Sunday that its air defense units had "
            + "intercepted 31 Ukrainian drones over Russian land.";
    private static final String FILLER = "Former President Donald Trump expressed optimism about the possibility of "
            + "achieving a cease-fire agreement with Russia.\n\u201CWe\u2019ll discuss land. We\u2019ll discuss power "
            + "plants,\u201D he remarked.\nWitkoff pointed out that the four regions\u2014Donetsk, Luhansk, Kherson, "
            + "and Zaporizhzhia\u2014partially occupied by Russian forces are \u201Ccritical\u201D in the "
            + "negotiations.\nStarmer made these comments after a summit with a \u201Ccoalition of the "
            + "willing,\u201D featuring partners from Europe, Canada, Australia, and New Zealand.\nReuters "
            + "contributed to this report.";
    private static final String SEED = String.join("\n", TITLE, ANNOUNCED, QUOTE, JEDDAH, GRUSHKO, DRONES, FILLER);

    // The seed article

    @Test
    void seedArticleAsAWhole() {
        List<TemporalExpression> all = TemporalExpressions.find(SEED, MONDAY);
        assertEquals(List.of("on Tuesday", "On Sunday", "on Tuesday", "on Tuesday", "over the weekend", "on March 11",
                "on Monday", "over the weekend", "on Sunday"), all.stream().map(TemporalExpression::words).toList());
        assertDay(all.get(0), TUESDAY, true);
        assertDay(all.get(1), SUNDAY, false);
        assertDay(all.get(2), TUESDAY, true);
        assertDay(all.get(3), TUESDAY, true);
        assertInterval(all.get(4), LocalDate.of(2025, 3, 15), SUNDAY, false);
        assertDay(all.get(5), LocalDate.of(2025, 3, 11), false);
        assertDay(all.get(6), MONDAY, false);
        assertInterval(all.get(7), LocalDate.of(2025, 3, 15), SUNDAY, false);
        assertDay(all.get(8), SUNDAY, false);
        for (TemporalExpression t : all) {
            assertEquals(t.words(), SEED.substring(t.begin(), t.end()));
        }
    }

    @Test
    void seedSentencesOneByOne() {
        List<TemporalExpression> announced = findIn(ANNOUNCED, MONDAY);
        assertEquals(2, announced.size());
        assertEquals("On Sunday", announced.get(0).words());
        assertDay(announced.get(0), SUNDAY, false);
        assertEquals("on Tuesday", announced.get(1).words());
        assertDay(announced.get(1), TUESDAY, true);

        TemporalExpression quote = findIn(QUOTE, MONDAY).get(0);
        assertEquals("on Tuesday", quote.words());
        assertDay(quote, TUESDAY, true);

        assertDay(single(TITLE, MONDAY, "on Tuesday"), TUESDAY, true);
        assertDay(single(JEDDAH, MONDAY, "on March 11"), LocalDate.of(2025, 3, 11), false);
        assertDay(single(GRUSHKO, MONDAY, "on Monday"), MONDAY, false);
        assertTrue(findIn(FILLER, MONDAY).isEmpty(), () -> "false positives: " + findIn(FILLER, MONDAY));
    }

    @Test
    void contextIsLimitedToTheRangeGiven() {
        // Searching only "On Sunday" leaves no tense cue: past or present, so the Sunday before.
        int at = SEED.indexOf(ANNOUNCED);
        List<TemporalExpression> some = TemporalExpressions.find(SEED, at, at + "On Sunday".length(), MONDAY);
        assertEquals(1, some.size());
        assertEquals(at, some.get(0).begin());
        assertDay(some.get(0), SUNDAY, false);
        // The second sentence alone, as a range of the whole article: offsets stay article offsets.
        List<TemporalExpression> sentence = TemporalExpressions.find(SEED, at, at + ANNOUNCED.length(), MONDAY);
        assertEquals(2, sentence.size());
        assertEquals(SEED.indexOf("on Tuesday regarding"), sentence.get(1).begin());
        assertDay(sentence.get(1), TUESDAY, true);
    }

    @Test
    void noPublicationDateFindsButResolvesNothing() {
        List<TemporalExpression> all = TemporalExpressions.find(SEED, null);
        assertEquals(9, all.size());
        for (TemporalExpression t : all) {
            assertNull(t.date());
            assertNull(t.from());
            assertNull(t.to());
            assertFalse(t.isResolved());
            assertEquals(t.words(), SEED.substring(t.begin(), t.end()));
        }
        assertTrue(all.get(0).future(), "tense still marks the planned call");
        assertFalse(all.get(1).future());
        TemporalExpression explicit = single("It was signed on March 11, 2024.", null, "on March 11, 2024");
        assertNull(explicit.date());
        assertNull(single("Talks resume in 2026.", null, "in 2026").from());
    }

    // Weekdays and tense

    @Test
    void weekdaysFollowTheTenseOfTheirClause() {
        assertDay(single("He will visit Kyiv on Friday.", MONDAY, "on Friday"), LocalDate.of(2025, 3, 21), true);
        assertDay(single("He visited Kyiv on Friday.", MONDAY, "on Friday"), LocalDate.of(2025, 3, 14), false);
        assertDay(single("Talks are set to resume Thursday.", MONDAY, "Thursday"), LocalDate.of(2025, 3, 20), true);
        assertDay(single("Talks are scheduled for Wednesday.", MONDAY, "Wednesday"), LocalDate.of(2025, 3, 19),
                true);
        assertDay(single("The summit is to open on Saturday.", MONDAY, "on Saturday"), LocalDate.of(2025, 3, 22),
                true);
        assertDay(single("Officials said on Saturday the talks would go on.", MONDAY, "on Saturday"),
                LocalDate.of(2025, 3, 15), false);
        assertDay(single("Putin and Trump will speak on Thursday, the Kremlin said.", MONDAY, "on Thursday"),
                LocalDate.of(2025, 3, 20), true);
        assertDay(single("Talks on Wednesday ended without a deal.", MONDAY, "on Wednesday"),
                LocalDate.of(2025, 3, 12), false);
        assertDay(single("He won\u2019t travel on Friday.", MONDAY, "on Friday"), LocalDate.of(2025, 3, 21), true);
        assertDay(single("A vote is due on Friday.", MONDAY, "on Friday"), LocalDate.of(2025, 3, 21), true);
        // The nearer cue wins; a cue in the expression's own clause beats a nearer one outside it.
        assertDay(single("Peskov said the call on Tuesday will focus on Ukraine.", MONDAY, "on Tuesday"), TUESDAY,
                true);
        assertDay(single("They announced that on Tuesday they will call Putin.", MONDAY, "on Tuesday"), TUESDAY,
                true);
        assertDay(single("Aides met, and on Tuesday, they will report.", MONDAY, "on Tuesday"), TUESDAY, true);
        assertDay(single("They will meet, and on Sunday, aides said, they agreed.", MONDAY, "on Sunday"), SUNDAY,
                false);
        // No cue at all: past or present.
        assertDay(single("Sunday", MONDAY, "Sunday"), SUNDAY, false);
        assertDay(single("THURSDAY", MONDAY, "THURSDAY"), LocalDate.of(2025, 3, 13), false);
    }

    @Test
    void sameWeekdayAsPublicationMeansThatDayUnlessLastOrNext() {
        LocalDate tuesday = TUESDAY;
        assertDay(single("The leaders will meet on Tuesday.", tuesday, "on Tuesday"), tuesday, true);
        assertDay(single("The leaders met on Tuesday.", tuesday, "on Tuesday"), tuesday, false);
        assertDay(single("The leaders will meet next Tuesday.", tuesday, "next Tuesday"), tuesday.plusDays(7), true);
        assertDay(single("The leaders met last Tuesday.", tuesday, "last Tuesday"), tuesday.minusDays(7), false);
        assertDay(single("They met this Tuesday.", tuesday, "this Tuesday"), tuesday, false);
        assertDay(single("They met last Friday.", MONDAY, "last Friday"), LocalDate.of(2025, 3, 14), false);
        assertDay(single("They meet next Monday.", MONDAY, "next Monday"), LocalDate.of(2025, 3, 24), true);
        assertDay(single("On Thursday, Kyiv will answer.", MONDAY, "On Thursday"), LocalDate.of(2025, 3, 20), true);
    }

    @Test
    void weekdayWithCalendarDateIsOneExpression() {
        assertDay(single("The call is planned for Tuesday, March 18.", MONDAY, "Tuesday, March 18"), TUESDAY, true);
        assertDay(single("It happened on Sunday 16 March 2025.", null, "on Sunday 16 March 2025"), null, false);
    }

    @Test
    void weekdaysInNamesAreNotDates() {
        assertTrue(findIn("He told the Sunday Times he was hopeful.", MONDAY).isEmpty());
        assertTrue(findIn("She wrote in The Sunday Telegraph.", MONDAY).isEmpty());
        assertTrue(findIn("The Good Friday Agreement was cited.", MONDAY).isEmpty());
        assertTrue(findIn("Shops opened for Black Friday.", MONDAY).isEmpty());
        assertTrue(findIn("Churches fill on Sundays.", MONDAY).isEmpty());
    }

    // Relative days, weeks, months, years

    @Test
    void daysAroundPublication() {
        assertDay(single("Talks resume today.", MONDAY, "today"), MONDAY, false);
        assertDay(single("They will sign TODAY.", MONDAY, "TODAY"), MONDAY, true);
        assertDay(single("He spoke yesterday.", MONDAY, "yesterday"), SUNDAY, false);
        assertDay(single("He speaks tomorrow.", MONDAY, "tomorrow"), TUESDAY, true);
        assertDay(single("He speaks tonight.", MONDAY, "tonight"), MONDAY, false);
        assertDay(single("Sirens sounded last night.", MONDAY, "last night"), SUNDAY, false);
        assertDay(single("He said this morning that talks go on.", MONDAY, "this morning"), MONDAY, false);
    }

    @Test
    void weeksMonthsAndYears() {
        LocalDate wednesday = LocalDate.of(2025, 3, 19);
        assertInterval(single("Talks this week stalled.", wednesday, "this week"), MONDAY, LocalDate.of(2025, 3, 23),
                false);
        assertInterval(single("Talks last week stalled.", wednesday, "last week"), LocalDate.of(2025, 3, 10),
                SUNDAY, false);
        assertInterval(single("Talks resume next week.", wednesday, "next week"), LocalDate.of(2025, 3, 24),
                LocalDate.of(2025, 3, 30), true);
        assertInterval(single("A deal was struck earlier this month.", wednesday, "earlier this month"),
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 18), false);
        assertInterval(single("A vote comes later this month.", wednesday, "later this month"),
                LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 31), true);
        assertInterval(single("Prices rose last month.", wednesday, "last month"), LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 28), false);
        assertInterval(single("Prices rise next month.", wednesday, "next month"), LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 4, 30), true);
        assertInterval(single("The war began last year.", wednesday, "last year"), LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31), false);
        assertInterval(single("Elections are held in 2023.", wednesday, "in 2023"), LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31), false);
        assertInterval(single("Elections will be held in 2026.", wednesday, "in 2026"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), true);
        assertInterval(single("The deal was signed in March 2024.", wednesday, "in March 2024"),
                LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), false);
        assertInterval(single("February 2024 was cold.", wednesday, "February 2024"), LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 2, 29), false);
    }

    @Test
    void weekends() {
        LocalDate wednesday = LocalDate.of(2025, 3, 19);
        LocalDate saturday15 = LocalDate.of(2025, 3, 15);
        LocalDate saturday22 = LocalDate.of(2025, 3, 22);
        assertInterval(single("Strikes hit over the weekend.", wednesday, "over the weekend"), saturday15, SUNDAY,
                false);
        assertInterval(single("Talks will continue over the weekend.", wednesday, "over the weekend"), saturday22,
                saturday22.plusDays(1), true);
        // No tense cue: the weekend of the publication week, which here is still to come.
        assertInterval(single("Talks continue this weekend.", wednesday, "this weekend"), saturday22,
                saturday22.plusDays(1), true);
        assertInterval(single("Talks failed last weekend.", MONDAY, "last weekend"), saturday15, SUNDAY, false);
        assertInterval(single("Talks resume next weekend.", MONDAY, "next weekend"), saturday22,
                saturday22.plusDays(1), true);
        // Published on the Sunday itself: that weekend.
        assertInterval(single("Drones struck at the weekend.", SUNDAY, "at the weekend"), saturday15, SUNDAY, false);
    }

    @Test
    void countedDaysWeeksMonthsYears() {
        assertDay(single("It fell two days ago.", MONDAY, "two days ago"), LocalDate.of(2025, 3, 15), false);
        assertDay(single("It fell 3 weeks ago.", MONDAY, "3 weeks ago"), LocalDate.of(2025, 2, 24), false);
        assertDay(single("It fell a week ago.", MONDAY, "a week ago"), LocalDate.of(2025, 3, 10), false);
        assertDay(single("It opens in two days.", MONDAY, "in two days"), LocalDate.of(2025, 3, 19), true);
        assertDay(single("It opens in twelve weeks.", MONDAY, "in twelve weeks"), LocalDate.of(2025, 6, 9), true);
        assertInterval(single("It began three months ago.", MONDAY, "three months ago"), LocalDate.of(2024, 12, 1),
                LocalDate.of(2024, 12, 31), false);
        assertInterval(single("It began two years ago.", MONDAY, "two years ago"), LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31), false);
        assertTrue(findIn("It was the first visit in two years.", MONDAY).isEmpty());
        assertTrue(findIn("Nothing changed in two years of war.", MONDAY).isEmpty());
        assertTrue(findIn("It took two days to agree.", MONDAY).isEmpty());
    }

    // Calendar dates

    @Test
    void monthDayForms() {
        LocalDate march11 = LocalDate.of(2025, 3, 11);
        assertDay(single("Talks held March 11 ended.", MONDAY, "March 11"), march11, false);
        assertDay(single("Talks held 11 March ended.", MONDAY, "11 March"), march11, false);
        assertDay(single("Talks held on March 11 ended.", MONDAY, "on March 11"), march11, false);
        assertDay(single("Talks held Mar. 11 ended.", MONDAY, "Mar. 11"), march11, false);
        assertDay(single("Talks held on the 11th of March ended.", MONDAY, "11th of March"), march11, false);
        assertDay(single("Signed March 11, 2024, it lapsed.", MONDAY, "March 11, 2024"), LocalDate.of(2024, 3, 11),
                false);
        assertDay(single("Signed 11 March 2024, it lapsed.", MONDAY, "11 March 2024"), LocalDate.of(2024, 3, 11),
                false);
        assertDay(single("Signed on 2025-03-11, it held.", MONDAY, "on 2025-03-11"), march11, false);
        assertDay(single("The vote is on March 20.", MONDAY, "on March 20"), LocalDate.of(2025, 3, 20), true);
        assertDay(single("Signed Sept. 3rd, 2024.", MONDAY, "Sept. 3rd, 2024"), LocalDate.of(2024, 9, 3), false);
        assertDay(single("It happened on March\u00A011.", MONDAY, "on March\u00A011"), march11, false);
    }

    @Test
    void yearlessDatesTakeTheNearestYear() {
        LocalDate january2 = LocalDate.of(2025, 1, 2);
        assertDay(single("Talks began Dec. 30 in Riyadh.", january2, "Dec. 30"), LocalDate.of(2024, 12, 30), false);
        assertDay(single("Talks began on December 30.", january2, "on December 30"), LocalDate.of(2024, 12, 30),
                false);
        LocalDate december30 = LocalDate.of(2024, 12, 30);
        assertDay(single("Talks resume on January 3.", december30, "on January 3"), LocalDate.of(2025, 1, 3), true);
        assertInterval(single("Talks failed last week.", january2, "last week"), LocalDate.of(2024, 12, 23),
                LocalDate.of(2024, 12, 29), false);
        assertInterval(single("Talks failed last month.", january2, "last month"), LocalDate.of(2024, 12, 1),
                LocalDate.of(2024, 12, 31), false);
        assertDay(single("It was signed February 29.", LocalDate.of(2025, 3, 1), "February 29"),
                LocalDate.of(2024, 2, 29), false);
        assertDay(single("The leaders met on Friday.", january2, "on Friday"), LocalDate.of(2024, 12, 27), false);
    }

    @Test
    void impossibleDatesAreSkipped() {
        assertTrue(findIn("Talks on February 30 failed.", MONDAY).isEmpty());
        assertTrue(findIn("Talks on April 31, 2024 failed.", MONDAY).isEmpty());
        assertTrue(findIn("Talks on February 29, 2023 failed.", MONDAY).isEmpty());
        assertTrue(findIn("Talks on 2025-02-30 failed.", MONDAY).isEmpty());
        assertTrue(findIn("Talks on 2025-13-01 failed.", MONDAY).isEmpty());
        assertTrue(findIn("Talks on March 32 failed.", MONDAY).isEmpty());
        assertDay(single("Talks on February 29, 2024 failed.", MONDAY, "on February 29, 2024"),
                LocalDate.of(2024, 2, 29), false);
    }

    @Test
    void mayAndMarchAloneAreNotDates() {
        assertTrue(findIn("Moscow may agree to a truce.", MONDAY).isEmpty());
        assertTrue(findIn("May the talks succeed.", MONDAY).isEmpty());
        assertTrue(findIn("Troops march 11 miles a day.", MONDAY).isEmpty());
        assertTrue(findIn("Protesters joined the March on Washington.", MONDAY).isEmpty());
        assertTrue(findIn("The second round ended in May.", MONDAY).isEmpty());
        assertTrue(findIn("He spent a second term in office.", MONDAY).isEmpty());
        assertTrue(findIn("Theresa May spoke to reporters.", MONDAY).isEmpty());
        assertDay(single("They met on May 5.", MONDAY, "on May 5"), LocalDate.of(2025, 5, 5), true);
        assertInterval(single("They met in May 2024.", MONDAY, "in May 2024"), LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 5, 31), false);
    }

    @Test
    void numbersAreNotDatesByThemselves() {
        assertTrue(findIn("It cost 2,023 dollars, 11.5 percent more, in 1,000 places.", MONDAY).isEmpty());
        assertTrue(findIn("Version 2025-03 shipped; code A2025-03-11 too.", MONDAY).isEmpty());
        assertTrue(findIn("In 2023-24 the figures were 31 Ukrainian and 30-day.", MONDAY).isEmpty());
    }

    // The contract: offsets, ranges, robustness

    @Test
    void rangeOutsideTheTextIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TemporalExpressions.find("abc", -1, 2, MONDAY));
        assertThrows(IllegalArgumentException.class, () -> TemporalExpressions.find("abc", 0, 4, MONDAY));
        assertThrows(IllegalArgumentException.class, () -> TemporalExpressions.find("abc", 2, 1, MONDAY));
        assertTrue(TemporalExpressions.find("", 0, 0, MONDAY).isEmpty());
        assertTrue(TemporalExpressions.find("on Sunday", 3, 3, MONDAY).isEmpty());
    }

    @Test
    void onlyExpressionsWhollyInsideTheRangeAreFound() {
        String text = "They met on Sunday and will meet on Tuesday.";
        int cut = text.indexOf("Tues");
        List<TemporalExpression> some = TemporalExpressions.find(text, 0, cut + 2, MONDAY);
        assertEquals(1, some.size());
        assertEquals("on Sunday", some.get(0).words());
        List<TemporalExpression> rest = TemporalExpressions.find(text, cut, text.length(), MONDAY);
        assertEquals(1, rest.size());
        assertEquals(cut, rest.get(0).begin());
        assertEquals("Tuesday", rest.get(0).words());
    }

    @Test
    void offsetsCountUtf16UnitsAcrossEmojiAndRightToLeftText() {
        String text = "\uD83D\uDE00\uD83C\uDDFA\uD83C\uDDE6 \u0645\u0648\u0633\u0643\u0648 said on Sunday \u05E9\u05DC"
                + "\u05D5\u05DD that talks end next week \uD83D\uDE4F";
        List<TemporalExpression> all = TemporalExpressions.find(text, MONDAY);
        assertEquals(List.of("on Sunday", "next week"), all.stream().map(TemporalExpression::words).toList());
        for (TemporalExpression t : all) {
            assertEquals(t.words(), text.substring(t.begin(), t.end()));
        }
        assertDay(all.get(0), SUNDAY, false);
        assertInterval(all.get(1), LocalDate.of(2025, 3, 24), LocalDate.of(2025, 3, 30), true);
    }

    @Test
    void extremePublicationDatesLeaveExpressionsUnresolved() {
        TemporalExpression t = single("They meet tomorrow.", LocalDate.MAX, "tomorrow");
        assertNull(t.date());
        assertTrue(t.future());
        assertNotNull(single("They met yesterday.", LocalDate.MIN.plusDays(5), "yesterday").date());
    }

    @Test
    void hugeTexts() {
        String spaced = "On Sunday, talks on March 11 will end in two days. ".repeat(50_000);
        String glued = "Sunday,March,11;".repeat(100_000);
        long t0 = System.nanoTime();
        List<TemporalExpression> many = TemporalExpressions.find(spaced, MONDAY);
        List<TemporalExpression> gluedFound = TemporalExpressions.find(glued, MONDAY);
        assertTrue(TemporalExpressions.find("x".repeat(1_000_000), MONDAY).isEmpty());
        long millis = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(150_000, many.size());
        assertEquals(100_000, gluedFound.size());
        for (TemporalExpression t : many) {
            assertEquals(t.words(), spaced.substring(t.begin(), t.end()));
        }
        assertEquals("in two days", many.get(149_999).words());
        assertEquals("Sunday", gluedFound.get(99_999).words());
        assertTrue(millis < 10_000, "took " + millis + " ms");
    }

    @Test
    void randomTextNeverThrowsAndOffsetsHold() {
        String[] pieces = {"on", "Sunday", "Tuesday", "March", "Mar", ".", ",", " ", " ", " ", "\n", "11", "30", "2024",
            "2025", "-", "03", "the", "weekend", "over", "last", "next", "this", "week", "in", "two", "days", "ago",
            "will", "said", "that", "May", "may", "February", "29", "\u2019ll", "I", "\u201C", "\u201D", "\uD83D\uDE00",
            "\u200D", "\u0645\u0631\u062D\u0628\u0627", "\u05E9\u05DC\u05D5\u05DD", "\u202E", "\uD83C", "\uDC00",
            "\u00A0", "th", "of", "today", "a", "earlier", "month", "year", "Times", "Good", "\u0000", "\t"};
        LocalDate[] dates = {MONDAY, null, LocalDate.of(2024, 2, 29), LocalDate.of(2025, 1, 1), LocalDate.MAX,
            LocalDate.MIN, LocalDate.of(2100, 12, 31)};
        for (long seed = 1; seed <= 3; seed++) {
            Random random = new Random(seed);
            for (int i = 0; i < 2000; i++) {
                String text = randomText(random, pieces);
                int from = random.nextInt(text.length() + 1);
                int to = from + random.nextInt(text.length() - from + 1);
                LocalDate published = dates[random.nextInt(dates.length)];
                List<TemporalExpression> all = TemporalExpressions.find(text, from, to, published);
                int previousEnd = from;
                for (TemporalExpression t : all) {
                    assertTrue(t.begin() >= previousEnd && t.end() <= to && t.begin() < t.end(),
                            () -> "span " + t + " outside [" + from + ", " + to + ") of " + text);
                    assertEquals(text.substring(t.begin(), t.end()), t.words());
                    if (published == null) {
                        assertFalse(t.isResolved());
                    }
                    if (t.isResolved()) {
                        assertFalse(t.from().isAfter(t.to()));
                    }
                    previousEnd = t.end();
                }
            }
        }
    }

    @Test
    void recordRejectsInconsistentValues() {
        LocalDate d = MONDAY;
        assertThrows(IllegalArgumentException.class, () -> new TemporalExpression(0, 3, "ab", d, d, d, false));
        assertThrows(IllegalArgumentException.class, () -> new TemporalExpression(0, 2, "ab", null, d, null, false));
        assertThrows(IllegalArgumentException.class,
                () -> new TemporalExpression(0, 2, "ab", null, d, d.minusDays(1), false));
        assertThrows(IllegalArgumentException.class, () -> new TemporalExpression(0, 2, "ab", d, d, SUNDAY, false));
        TemporalExpression exact = new TemporalExpression(0, 2, "ab", d, null, null, false);
        assertEquals(d, exact.from());
        assertEquals(d, exact.to());
        TemporalExpression oneDay = new TemporalExpression(0, 2, "ab", null, d, d, false);
        assertEquals(d, oneDay.date());
        assertTrue(oneDay.isExactDay());
        assertEquals(DayOfWeek.MONDAY, MONDAY.getDayOfWeek());
    }

    // Helpers

    private static List<TemporalExpression> findIn(String text, LocalDate published) {
        return TemporalExpressions.find(text, 0, text.length(), published);
    }

    /** The one expression in text, which must have these words. */
    private static TemporalExpression single(String text, LocalDate published, String words) {
        List<TemporalExpression> all = findIn(text, published);
        assertEquals(1, all.size(), () -> "expected one expression in \"" + text + "\", got " + all);
        TemporalExpression t = all.get(0);
        assertEquals(words, t.words());
        assertEquals(text.indexOf(words), t.begin());
        assertEquals(t.words(), text.substring(t.begin(), t.end()));
        return t;
    }

    private static void assertDay(TemporalExpression t, LocalDate day, boolean future) {
        assertEquals(day, t.date(), () -> "date of " + t);
        assertEquals(day, t.from(), () -> "from of " + t);
        assertEquals(day, t.to(), () -> "to of " + t);
        assertEquals(future, t.future(), () -> "future of " + t);
    }

    private static void assertInterval(TemporalExpression t, LocalDate from, LocalDate to, boolean future) {
        assertNull(t.date(), () -> "date of " + t);
        assertEquals(from, t.from(), () -> "from of " + t);
        assertEquals(to, t.to(), () -> "to of " + t);
        assertEquals(future, t.future(), () -> "future of " + t);
    }

    private static String randomText(Random random, String[] pieces) {
        StringBuilder sb = new StringBuilder();
        int count = random.nextInt(40);
        for (int i = 0; i < count; i++) {
            if (random.nextInt(10) == 0) {
                sb.append((char) random.nextInt(0x10000));
            } else {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
        }
        return sb.toString();
    }
}

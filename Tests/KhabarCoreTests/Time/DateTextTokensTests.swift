import XCTest
@testable import KhabarCore

/// The date finder's tokens built from the tokenizer's tokens (what `report` does) must equal
/// the ones its own lexer makes from the text, record by record, and give the same mentions.
final class DateTextTokensTests: XCTestCase {
    private let tokenizer = Tokenizer()

    /// Compares both constructions on `text`; false when the text is not eligible for reuse
    /// (invalid UTF-8, exact-NFC path, presentation forms or a composed hamza).
    @discardableResult
    private func assertSameTokens(_ text: [UInt8], published: PublicationDate? = nil,
                                  file: StaticString = #filePath, line: UInt = #line) -> Bool {
        var buffer = TokenBuffer()
        let result = text.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &buffer) }
        guard result.invalidBytes == 0, !result.usedSlowPath, !result.rewroteScalars else { return false }
        text.withUnsafeBufferPointer { p in
            let lexed = DateTextTokens(utf8: p)
            let reused = DateTextTokens(tokens: buffer, text: p)
            XCTAssertEqual(lexed.count, reused.count, "token count for \(String(decoding: text, as: UTF8.self).prefix(200).debugDescription)", file: file, line: line)
            for i in 0..<min(lexed.count, reused.count) {
                let same = lexed.kind(i) == reused.kind(i) && lexed.start(i) == reused.start(i) && lexed.end(i) == reused.end(i)
                    && lexed.byteStart(i) == reused.byteStart(i) && lexed.byteEnd(i) == reused.byteEnd(i)
                    && lexed.number(i) == reused.number(i) && lexed.digits(i) == reused.digits(i)
                    && lexed.word(i) == reused.word(i) && lexed.symbol(i) == reused.symbol(i)
                    && lexed.mayBeRelative(i) == reused.mayBeRelative(i) && lexed.mayBeWeekday(i) == reused.mayBeWeekday(i)
                    && lexed.mayBeAnyWeekday(i) == reused.mayBeAnyWeekday(i) && lexed.mayBeMarker(i) == reused.mayBeMarker(i)
                if !same {
                    XCTFail("token \(i) differs: \(lexed.word(i) ?? lexed.symbol(i).map(String.init) ?? "\(lexed.number(i) ?? -1)") at \(lexed.start(i))..<\(lexed.end(i)) vs \(reused.word(i) ?? reused.symbol(i).map(String.init) ?? "\(reused.number(i) ?? -1)") at \(reused.start(i))..<\(reused.end(i)); text \(String(decoding: text, as: UTF8.self).unicodeScalars.prefix(200).map { String($0) }.joined().debugDescription)",
                            file: file, line: line)
                    return
                }
            }
            let finder = DateMentionFinder()
            XCTAssertEqual(finder.find(utf8: p, published: published), finder.find(tokens: buffer, utf8: p, published: published),
                           file: file, line: line)
        }
        return true
    }

    func testSeedDocument() throws {
        let documents = NewsPageParser().parse(TestPaths.bytes(TestPaths.seed), archive: "seeds", entry: "seed")
        XCTAssertEqual(documents.count, 2)  // the article and its related article
        for d in documents { XCTAssertTrue(assertSameTokens(d.text, published: d.date)) }
        // The seed's date mentions are found through reused tokens as through the lexer.
        var buffer = TokenBuffer()
        _ = documents[0].text.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &buffer) }
        let found = documents[0].text.withUnsafeBufferPointer {
            DateMentionFinder().find(tokens: buffer, utf8: $0, published: documents[0].date)
        }
        XCTAssertEqual(found, documents[0].text.withUnsafeBufferPointer {
            DateMentionFinder().find(utf8: $0, published: documents[0].date)
        })
    }

    /// Every document of news-small (707 real articles).
    func testNewsSmallDocuments() throws {
        var compared = 0
        for d in try TestPaths.newsSmallDocuments() where assertSameTokens(d.text, published: d.date) { compared += 1 }
        XCTAssertEqual(compared, 707, "every article of news-small takes the reused-token path")
    }

    /// Random text over the characters where the two could differ: invisible marks at word
    /// ends and inside numbers, tatweel and marks alone, digits of several scripts, spaces of
    /// several kinds, line ends, U+FFFD, punctuation, and month and weekday names.
    func testRandomText() {
        let alphabet: [String] = [
            "ا", "ل", "م", "ي", "و", "ة", "ـ", "\u{064E}", "\u{0651}", "\u{200C}", "\u{200F}", "\u{200E}", "\u{2066}",
            "\u{00AD}", "\u{061C}", "\u{FEFF}", "1", "2", "0", "٣", "۴", "\u{0967}", " ", " ", "\u{00A0}", "\u{2009}",
            "\n", "\t", ".", "/", "-", "،", ",", ":", "\u{FFFD}", "a", "B", "İ", " مايو ", " الخميس ", " يوم ", " أمس ",
            " الماضي ", " عام ", "كانون الثاني", " 2016م ", " 17/05/2015 ", "😀", "中",
        ]
        var rng = SeededGenerator(seed: 29112026)
        var compared = 0
        for _ in 0..<3000 {
            var text: [UInt8] = []
            for _ in 0..<Int.random(in: 1...30, using: &rng) { text += Array(alphabet.randomElement(using: &rng)!.utf8) }
            if assertSameTokens(text, published: PublicationDate(year: 2016, month: 5, day: 19)) { compared += 1 }
        }
        XCTAssertGreaterThan(compared, 2500)
    }
}

/// The finder rules words out on their flags (month, marker, weekday) before trying its patterns;
/// the looser first test let every word near a number through. Both must find the same mentions.
final class DateWordGateTests: XCTestCase {
    private func assertSameMentions(_ text: [UInt8], published: PublicationDate?, file: StaticString = #filePath, line: UInt = #line) {
        var loose = DateMentionFinder()
        loose.gatesWords = false
        text.withUnsafeBufferPointer { p in
            XCTAssertEqual(DateMentionFinder().find(utf8: p, published: published), loose.find(utf8: p, published: published),
                           String(decoding: text, as: UTF8.self).prefix(300).debugDescription, file: file, line: line)
        }
    }

    /// Every document of news-small (707 real articles, 685 mentions).
    func testNewsSmallDocuments() throws {
        var documents = 0, mentions = 0
        for d in try TestPaths.newsSmallDocuments() {
            assertSameMentions(d.text, published: d.date)
            mentions += d.text.withUnsafeBufferPointer { DateMentionFinder().find(utf8: $0, published: d.date).count }
            documents += 1
        }
        XCTAssertEqual(documents, 707)
        XCTAssertGreaterThan(mentions, 600)
    }

    /// Random sequences of the words every pattern looks at (months of each system, weekdays in
    /// every form the finder accepts, markers with and without و/ف, relative words, connectors)
    /// mixed with numbers, symbols and ordinary words.
    func testRandomDateWords() {
        let words = ["مايو", "ومايو", "بمايو", "كانون", "الثاني", "الاول", "تشرين", "رمضان", "ذو", "الحجة", "march", "mar", "sept",
                     "الخميس", "والخميس", "فالخميس", "بالخميس", "خميس", "الاثنين", "احد", "الاحد", "tues", "thurs", "monday", "mon",
                     "lundi", "عام", "والعام", "فعام", "للعام", "في", "منذ", "حتى", "الماضي", "المقبلة", "الجاري", "يوم", "امس", "من",
                     "الي", "و", "م", "هـ", "ميلادي", "مليون", "قال", "سيلتقي", "بين", "2016", "2017", "1999", "15", "3", "31", "40",
                     "12", "2025", "/", "-", "،", ",", "(", ")", ".", "\n", "2015-08-10", "17/05/2015"]
        var rng = SeededGenerator(seed: 2911)
        var mentions = 0
        for k in 0..<4000 {
            let n = Int.random(in: 1...14, using: &rng)
            let text = (0..<n).map { _ in words.randomElement(using: &rng)!.replacingOccurrences(of: "\\n", with: "\n") }.joined(separator: " ")
            let published = k % 5 == 0 ? nil : PublicationDate(year: 2016, month: 5, day: 19)
            assertSameMentions(Array(text.utf8), published: published)
            mentions += DateMentionFinder().find(in: text, published: published).count
        }
        XCTAssertGreaterThan(mentions, 3000)  // the texts are dense with dates (3,724)
    }
}

/// Reading the tokenizer's tokens, the finder keeps only those within `anchorWindow` tokens of a
/// number, a relative word or a weekday (each run left out becomes one barrier symbol). It must
/// find what it finds on every token: on real articles and on long random text where date words
/// stand far apart, with the window at its least (7) and at its default.
final class DateAnchorWindowTests: XCTestCase {
    private let tokenizer = Tokenizer()

    /// Compares the mentions found with `window` and with every token; the number of items left
    /// out (0 when the text is not eligible for the tokenizer's tokens).
    @discardableResult
    private func assertSameMentions(_ text: [UInt8], window: Int, published: PublicationDate?,
                                    file: StaticString = #filePath, line: UInt = #line) -> Int {
        var buffer = TokenBuffer()
        let result = text.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &buffer) }
        guard result.invalidBytes == 0, !result.usedSlowPath, !result.rewroteScalars else { return 0 }
        var every = DateMentionFinder(), windowed = DateMentionFinder()
        every.anchorWindow = nil
        windowed.anchorWindow = window
        return text.withUnsafeBufferPointer { p in
            XCTAssertEqual(windowed.find(tokens: buffer, utf8: p, published: published),
                           every.find(tokens: buffer, utf8: p, published: published),
                           "window \(window): \(String(decoding: text, as: UTF8.self).prefix(300).debugDescription)", file: file, line: line)
            return DateTextTokens(tokens: buffer, text: p).count - DateTextTokens(tokens: buffer, text: p, window: window).count
        }
    }

    func testNewsSmallDocuments() throws {
        let documents = try TestPaths.newsSmallDocuments()
        for window in [7, DateTextTokens.anchorWindow] {
            var leftOut = 0, mentions = 0
            for d in documents {
                leftOut += assertSameMentions(d.text, window: window, published: d.date)
                mentions += d.text.withUnsafeBufferPointer { DateMentionFinder().find(utf8: $0, published: d.date).count }
            }
            XCTAssertGreaterThan(mentions, 600)
            // Most of an article is far from any date: the window leaves out a good part of it
            // (a window that kept everything would compare nothing). With 8, 145,026 of 188,074
            // items (117,337 with the 16 of before).
            XCTAssertGreaterThan(leftOut, 140_000, "window \(window)")
        }
    }

    /// The items kept with the default window, and the mentions found (the same as on every token).
    private func windowed(_ text: String, published: PublicationDate? = PublicationDate(year: 2016, month: 5, day: 19),
                          file: StaticString = #filePath, line: UInt = #line) -> (kept: Int, mentions: [String]) {
        let utf8 = Array(text.utf8)
        assertSameMentions(utf8, window: DateTextTokens.anchorWindow, published: published, file: file, line: line)
        var buffer = TokenBuffer()
        _ = utf8.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &buffer) }
        return utf8.withUnsafeBufferPointer { p in
            (DateTextTokens(tokens: buffer, text: p, window: DateTextTokens.anchorWindow).count,
             DateMentionFinder().find(tokens: buffer, utf8: p, published: published).map(\.surface))
        }
    }

    /// Which numbers anchor a window: four digits, and a day (one or two digits) with a month
    /// within 4 tokens after it or an English month before it; not other numbers, not a day
    /// without a month.
    func testWhichNumbersAreAnchors() {
        let filler = Array(repeating: "قال وزير الخارجية في بيان إن المفاوضات ستستمر", count: 6).joined(separator: " ")
        func around(_ s: String) -> String { filler + " " + s + " " + filler }
        XCTAssertEqual(windowed(around("قتل 150 شخصا وجرح 12 اخرون و 12345 نازحا")).kept, 0)
        XCTAssertEqual(windowed(around("وصل 15 وفدا")).kept, 0)
        XCTAssertEqual(windowed(around("بلغ 2016 شخصا")).mentions, [])
        XCTAssertGreaterThan(windowed(around("بلغ 2016 شخصا")).kept, 0)
        XCTAssertEqual(windowed(around("وصل في 15 مايو")).mentions, ["15 مايو"])
        XCTAssertEqual(windowed(around("وصل في 14 من شهر أبريل/نيسان")).mentions, ["14 من شهر أبريل/نيسان"])
        XCTAssertEqual(windowed(around("من 1 و 12 من مايو")).mentions, ["1", "12 من مايو"])
        XCTAssertEqual(windowed(around("وصل في 15 ومايو")).mentions, ["15 ومايو"])
        XCTAssertEqual(windowed(around("on March (مارس) 31 the talks")).mentions, ["March (مارس) 31"])
        XCTAssertEqual(windowed(around("وصل في 17/05/2015 الى")).mentions, ["17/05/2015"])
        XCTAssertEqual(windowed(around("قال الخميس ان")).mentions, ["الخميس"])
        XCTAssertEqual(windowed(around("في مايو الماضي")).mentions, ["مايو الماضي"])
        // An ordinal day with a month after it anchors too; an ordinal alone does not.
        XCTAssertEqual(windowed(around("صبيحة الحادي عشر من سبتمبر دخل")).mentions, ["الحادي عشر من سبتمبر"])
        XCTAssertEqual(windowed(around("في الثاني والعشرين من شهر مارس")).mentions, ["الثاني والعشرين من شهر مارس"])
        XCTAssertEqual(windowed(around("الفصل الاول من الكتاب")).kept, 0)
    }

    /// Long texts: runs of ordinary words between the words and numbers dates are made of, so
    /// that windows open and close all along.
    func testRandomLongText() {
        // Numbers of every length (only four digits, and days with a month near, anchor), months
        // with a proclitic letter, English months before their day, paired names.
        let dateWords = ["مايو", "ومايو", "بمايو", "لمايو", "كانون", "الثاني", "الاول", "تشرين", "ذو", "الحجة", "march", "sept",
                         "الحادي", "عشر", "والعشرين", "التاسع", "العشرين", "شهر", "العام", "لعام",
                         "مارس", "آذار", "الخميس", "والخميس", "بالخميس", "الاثنين", "الاحد", "monday", "عام", "والعام", "في", "منذ",
                         "حتى", "الماضي", "المقبلة", "الجاري", "يوم", "امس", "من", "الي", "و", "م", "هـ", "مليون", "قال",
                         "سيلتقي", "2016", "1999", "15", "3", "31", "12", "7", "150", "12345", "201", "20166", "/", "-", "،", ",",
                         "(", ")", ".", "\n", "2015-08-10", "17/05/2015", "1/5/2015", "2015-5-1",
                         // English: markers, spans, abbreviations with their stop, last/next.
                         "in", "since", "from", "to", "and", "between", "Feb", "Feb.", "May", "last", "next", "Friday"]
        let plain = ["الحكومة", "قال", "وزير", "الخارجية", "في", "بيان", "إن", "المفاوضات", "ستستمر", "the", "talks", "و",
                     "،", ".", "\n", "(", ")", "/"]
        var rng = SeededGenerator(seed: 3011)
        var leftOut = 0, mentions = 0
        for k in 0..<600 {
            var words: [String] = []
            for _ in 0..<Int.random(in: 20...300, using: &rng) {
                words.append(Int.random(in: 0..<6, using: &rng) == 0 ? dateWords.randomElement(using: &rng)! : plain.randomElement(using: &rng)!)
            }
            let text = Array(words.joined(separator: " ").utf8)
            let published = k % 5 == 0 ? nil : PublicationDate(year: 2016, month: 5, day: 19)
            for window in [7, DateTextTokens.anchorWindow] { leftOut += assertSameMentions(text, window: window, published: published) }
            mentions += text.withUnsafeBufferPointer { DateMentionFinder().find(utf8: $0, published: published).count }
        }
        XCTAssertGreaterThan(mentions, 1000)
        XCTAssertGreaterThan(leftOut, 10_000)
    }
}

import Foundation
import XCTest
@testable import KhabarCore

final class TokenizerTests: XCTestCase {
    let tokenizer = Tokenizer()

    private func tokens(_ s: String, _ t: Tokenizer? = nil) -> [String] { (t ?? tokenizer).tokens(of: s) }

    func testSpecExamples() {
        XCTAssertEqual(tokens("عام1910"), ["عام", "1910"])
        XCTAssertEqual(tokens("#اليوم_العالمي"), ["اليوم", "العالمي"])
        XCTAssertEqual(tokens("\u{FEFB}"), ["لا"])                  // ligature ﻻ → لا
        XCTAssertEqual(tokens("ا\u{0654}"), ["ا"])                  // → أ → ا
        XCTAssertEqual(tokens("و\u{0654}"), ["ؤ"])
        XCTAssertEqual(tokens("ي\u{0654}"), ["ئ"])
        XCTAssertEqual(tokens("ا\u{0653}"), ["ا"])                  // → آ → ا
    }

    /// Runs longer than the scan's buffer (it grows between characters), and runs that end on
    /// the text's last byte (the fast loop stops before it), in one- and two-byte letters.
    func testLongRunsAndRunsAtTheEndOfTheText() {
        let longArabic = String(repeating: "بتث", count: 700)   // 2,100 letters, 4,200 bytes
        let longLatin = String(repeating: "abc", count: 500)
        XCTAssertEqual(tokens(longArabic), [longArabic])
        XCTAssertEqual(tokens("x " + longLatin + " " + longArabic + "1"), ["x", longLatin, longArabic, "1"])
        XCTAssertEqual(tokens("a"), ["a"])
        XCTAssertEqual(tokens("ab"), ["ab"])
        XCTAssertEqual(tokens("ب"), ["ب"])
        XCTAssertEqual(tokens("كتب"), ["كتب"])
        XCTAssertEqual(tokens("قال كتب"), ["قال", "كتب"])
        XCTAssertEqual(tokens("كتبA"), ["كتبa"])
        XCTAssertEqual(tokens("2024"), ["2024"])
        // A hamza above after a long run still finds the و that ends it.
        XCTAssertEqual(tokens(String(repeating: "ب", count: 300) + "و\u{0654}"), [String(repeating: "ب", count: 300) + "ؤ"])
    }

    /// و and ي stay on the fast path inside a word (they are common); a hamza above after them
    /// still composes, wherever in the word they are, and not after another letter came between.
    func testHamzaComposesAfterWawAndYehInsideWords() {
        XCTAssertEqual(tokens("سو\u{0654}ال"), ["سؤال"])
        XCTAssertEqual(tokens("مسو\u{0654}ول بيي\u{0654}ة"), ["مسؤول", "بيئة"])
        XCTAssertEqual(tokens("الو\u{0654} والي\u{0654}"), ["الؤ", "والئ"])  // the last letter of a word
        XCTAssertEqual(tokens("وا\u{0654}"), ["وا"])                // after ا, not و: أ → ا
        XCTAssertEqual(tokens("1و\u{0654}"), ["1", "ؤ"])             // a run of letters after digits
        let fast = tokens("قال المسو\u{0654}ول إن البيي\u{0654}ة")
        XCTAssertEqual(fast, ["قال", "المسؤول", "ان", "البيئة"])
    }

    func testInvisiblesAreDeletedBeforeTokenizing() {
        XCTAssertEqual(tokens("مي\u{200C}خواهم"), ["ميخواهم"])      // ZWNJ joins
        XCTAssertEqual(tokens("ال\u{200F}عالم \u{FEFF}x\u{00AD}y"), ["العالم", "xy"])
        XCTAssertEqual(tokens("و\u{200D}\u{0654}"), ["ؤ"])          // deleted before composition
    }

    func testMarksTatweelAndFolds() {
        XCTAssertEqual(tokens("مُحَمَّدٌ"), ["محمد"])
        XCTAssertEqual(tokens("الـعـــالم"), ["العالم"])
        XCTAssertEqual(tokens("إسرائيل أحمد آمال ٱلله"), ["اسرائيل", "احمد", "امال", "الله"])
        XCTAssertEqual(tokens("على ی کتاب"), ["علي", "ي", "كتاب"])
        XCTAssertEqual(tokens("٢٠٢٣ ۱۹"), ["2023", "19"])
        XCTAssertEqual(tokens("مدرسة"), ["مدرسة"])                  // ة kept in v1
        XCTAssertEqual(tokens("مدرسة", Tokenizer(profile: TextProfile(foldTehMarbuta: true))), ["مدرسه"])
        XCTAssertEqual(tokens("\u{064B}\u{0651} ـ"), [])             // tokens left empty are dropped
    }

    func testLatinAndOtherScripts() {
        XCTAssertEqual(tokens("Hello, WORLD! Ünïcode"), ["hello", "world", "ünïcode"])
        XCTAssertEqual(tokens("e\u{0301}te"), ["éte"])               // NFC through the exact path
        XCTAssertEqual(tokens("Привет мир 東京"), ["привет", "мир", "東京"])
        XCTAssertEqual(tokens("İstanbul"), ["i̇stanbul"])             // full lowercase mapping
        XCTAssertEqual(tokens("😀word😀"), ["word"])
        XCTAssertEqual(tokens("x2y"), ["x", "2", "y"])
    }

    func testInvalidUTF8BecomesASeparatorAndIsCounted() {
        var collector = TokenCollector()
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0xD8, 0x20, 0xE2, 0x82, 0x63]
        let result = bytes.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &collector) }
        XCTAssertEqual(collector.tokens, ["a", "b", "c"])
        XCTAssertEqual(result.invalidBytes, 4)  // FF, D8, E2 82
        XCTAssertEqual(result.tokens, 3)
    }

    func testSentenceBreaksAndLineEnds() {
        var collector = TokenCollector()
        let text = Array("أ ب. ج د\nه، و؟ ز".utf8)
        _ = text.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &collector) }
        XCTAssertEqual(collector.tokens, ["ا", "ب", "ج", "د", "ه", "و", "ز"])
        XCTAssertEqual(collector.breaks, [true, false, true, false, true, false, true])
    }

    func testBlockedHamzaDoesNotCompose() {
        // U+0617 (combining class 230) between و and U+0654 blocks the composition in NFC.
        XCTAssertEqual(tokens("و\u{0617}\u{0654}"), ["و"])
        // A class-33 mark (shadda) does not block it.
        XCTAssertEqual(tokens("و\u{0651}\u{0654}"), ["ؤ"])
        // Tatweel is a starter: the hamza then has nothing to compose with.
        XCTAssertEqual(tokens("يـ\u{0654}"), ["ي"])
    }

    /// The byte-level fast path and the exact (Foundation NFC) path agree on random text built
    /// from the characters that matter: Arabic letters and marks, composing hamzas, invisibles,
    /// presentation forms, Latin with combining accents, digits, punctuation, invalid bytes.
    func testFastPathAgreesWithExactNFCOnRandomText() {
        let alphabet: [String] = [
            "ا", "و", "ي", "ى", "ە", "ہ", "ے", "ب", "ة", "ـ", "\u{0653}", "\u{0654}", "\u{0655}",
            "\u{064E}", "\u{0651}", "\u{0617}", "\u{0670}", "\u{06D6}", "\u{200C}", "\u{200F}", "\u{FEFF}",
            "\u{FEFB}", "\u{FDFA}", "\u{FE76}", "\u{FC5E}", "\u{FE8B}", "a", "Z", "é", "e", "\u{0301}",
            "\u{0308}", "\u{0327}", "1", "٣", "۴", " ", ".", "؟", "\n", "،", "_", "#", "İ", "Σ", "ǅ",
            "\u{1161}", "\u{1100}", "\u{2126}", "😀", "中",
        ]
        var rng = SeededGenerator(seed: 20261129)
        let exact = Tokenizer()
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...24, using: &rng) {
                if Int.random(in: 0..<40, using: &rng) == 0 {
                    bytes.append([0xFF, 0xC3, 0xE2, 0x80][Int.random(in: 0..<4, using: &rng)])
                } else {
                    bytes += Array(alphabet.randomElement(using: &rng)!.utf8)
                }
            }
            var fast = TokenCollector(), slow = TokenCollector()
            let a = bytes.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &fast) }
            let b = bytes.withUnsafeBufferPointer { exact.tokenizeExactly($0, into: &slow) }
            XCTAssertEqual(fast.tokens, slow.tokens, "input: \(bytes)")
            XCTAssertEqual(fast.breaks, slow.breaks, "input: \(bytes)")
            XCTAssertEqual(a.invalidBytes, b.invalidBytes, "input: \(bytes)")
        }
    }

    /// The NFC pre-check (sixteen bytes at a time, `khabar_nfc_candidate`) against its
    /// definition: some valid scalar of the text is NFC-sensitive in the table. Long texts, so
    /// that the sensitive character falls anywhere in or after the 16-byte blocks.
    func testNFCPreCheckAgreesWithDecodingEveryScalar() {
        let plain = ["ا", "ب", "ة", "و", "a", " ", "1", "é", "ـ", "\u{064E}", "\u{200F}", "中", "😀", "،"]
        let sensitive = ["e\u{0301}", "\u{0654}", "\u{1161}", "\u{2126}", "\u{0308}"]
        var rng = SeededGenerator(seed: 29112026)
        var found = 0
        for _ in 0..<2000 {
            var text = (0..<Int.random(in: 0...120, using: &rng)).map { _ in plain.randomElement(using: &rng)! }
            if Bool.random(using: &rng) { text.insert(sensitive.randomElement(using: &rng)!, at: Int.random(in: 0...text.count, using: &rng)) }
            var bytes = Array(text.joined().utf8)
            if Int.random(in: 0..<5, using: &rng) == 0, !bytes.isEmpty { bytes[Int.random(in: 0..<bytes.count, using: &rng)] = 0xFF }
            let expected = bytes.withUnsafeBufferPointer { b -> Bool in
                var i = 0
                while i < b.count {
                    let d = Tokenizer.decode(b.baseAddress!, i, b.count)
                    if d.valid {
                        let entry = d.cp < 0x10000 ? tokenizer.table.entries[Int(d.cp)] : tokenizer.table.supplementaryEntry(d.cp).0
                        if entry & CharacterTable.nfcSensitive != 0 { return true }
                    }
                    i += d.len
                }
                return false
            }
            if expected { found += 1 }
            XCTAssertEqual(bytes.withUnsafeBufferPointer { tokenizer.needsExactNFC($0) }, expected, "\(bytes)")
        }
        XCTAssertGreaterThan(found, 500)
    }

    func testSeedTokensCount() {
        let docs = NewsPageParser().parse(TestPaths.bytes(TestPaths.seed), archive: "s", entry: "s.txt")
        var counts: [Int] = []
        for d in docs {
            var c = TokenCollector()
            counts.append(d.text.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &c) }.tokens)
        }
        XCTAssertEqual(counts, [142, 187])
    }
}

extension TokenizerTests {
    func testOffsetsLinesAndSentences() {
        var collector = TokenCollector()
        let text = "قال بوتين. ثم\u{200C}عاد\nسطر ﻻ"
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &collector) }
        XCTAssertEqual(collector.tokens, ["قال", "بوتين", "ثمعاد", "سطر", "لا"])
        let scalars = Array(text.unicodeScalars)
        let surfaces = collector.infos.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        XCTAssertEqual(surfaces, ["قال", "بوتين", "ثم\u{200C}عاد", "سطر", "ﻻ"])
        XCTAssertEqual(collector.infos.map(\.line), [0, 0, 0, 1, 1])
        XCTAssertEqual(collector.infos.map(\.sentence), [0, 0, 1, 2, 2])
    }
}

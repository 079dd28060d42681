import CText
import XCTest
@testable import KhabarCore

/// The tokenizer's word step (`khabar_plain_arabic_run`, CText): words of plain Arabic letters
/// found sixteen bytes at a time and handed over from the text. Checked against the byte loop it
/// shortcuts, on real articles and on random text, and the block test against a byte-by-byte
/// reference.
final class ArabicWordStepTests: XCTestCase {
    /// The block test's letters, byte by byte: D8 A1, A4, A6–BA (A9 only when ة is plain), D9 81–88, 8A.
    private func referenceRun(_ bytes: [UInt8], from start: Int, tehPlain: Bool) -> Int {
        var i = start
        while i + 1 < bytes.count {
            let lead = bytes[i], c = bytes[i + 1]
            let plain = (lead == 0xD8 && (c == 0xA1 || c == 0xA4 || (0xA6...0xBA).contains(c)) && (tehPlain || c != 0xA9))
                || (lead == 0xD9 && ((0x81...0x88).contains(c) || c == 0x8A))
            guard plain else { break }
            i += 2
        }
        return i - start
    }

    func testBlockTestAgreesWithAByteByByteReference() throws {
        #if !arch(x86_64)
        throw XCTSkip("the block test is SSE2 (x86-64); elsewhere it returns 0 and the byte loop does the work")
        #else
        // Bytes near the edges of the set: every continuation byte after D8 and D9, other leads,
        // ASCII; runs of plain letters made likely so that blocks of 16 fill up.
        let plainLetters: [[UInt8]] = CharacterTable.plainArabicLetters.map { Array(String(Unicode.Scalar($0)!).utf8) }
        var rng = SeededGenerator(seed: 7_2026_1129)
        var checked = 0, longRuns = 0
        for _ in 0..<20_000 {
            var bytes: [UInt8] = []
            let length = Int.random(in: 0...80, using: &rng)
            while bytes.count < length {
                switch Int.random(in: 0..<30, using: &rng) {
                case 0: bytes += [[0xD8, 0xD9, 0xDA, 0xC3][Int.random(in: 0..<4, using: &rng)], UInt8.random(in: 0x80...0xBF, using: &rng)]
                case 1: bytes.append(UInt8.random(in: 0...0xFF, using: &rng))
                case 2: bytes.append(0x20)
                default: bytes += plainLetters.randomElement(using: &rng)!
                }
            }
            for tehPlain in [true, false] {
                let k = bytes.withUnsafeBufferPointer { khabar_plain_arabic_run($0.baseAddress, $0.count, tehPlain ? 1 : 0) }
                let full = referenceRun(bytes, from: 0, tehPlain: tehPlain)
                // Whole blocks only: the run, or where the last whole block ended inside it.
                XCTAssertEqual(k, min(full, bytes.count / 16 * 16 >= full ? full : bytes.count / 16 * 16), "\(bytes)")
                XCTAssertEqual(k % 2, 0)
                if k >= 32 { longRuns += 1 }
                checked += 1
            }
        }
        XCTAssertEqual(checked, 40_000)
        XCTAssertGreaterThan(longRuns, 500, "random runs long enough to take several blocks")
        #endif
    }

    func testPlainLettersAreThemselvesInTheProfiles() {
        XCTAssertEqual(CharacterTable.v1.plainArabicMode, 1)
        XCTAssertEqual(CharacterTable.v1FoldTeh.plainArabicMode, 2)  // ة → ه: not plain there
        XCTAssertEqual(CharacterTable.plainArabicLetters.count, 32)
        XCTAssertEqual(Set(CharacterTable.plainArabicLetters).count, 32)
        for cp in CharacterTable.plainArabicLetters {
            let s = String(Unicode.Scalar(cp)!)
            XCTAssertEqual(Tokenizer().tokens(of: s + s), [s + s])
        }
        XCTAssertFalse(CharacterTable.plainArabicLetters.contains(0x0623))  // أ folds to ا
        XCTAssertFalse(CharacterTable.plainArabicLetters.contains(0x0649))  // ى folds to ي
        XCTAssertFalse(CharacterTable.plainArabicLetters.contains(0x0640))  // tatweel is deleted
    }

    /// Tokens and every field of their infos, with and without the word step.
    private func assertSameWithAndWithoutWordStep(_ bytes: [UInt8], profile: TextProfile = .v1,
                                                  file: StaticString = #filePath, line: UInt = #line) {
        let withStep = Tokenizer(profile: profile), without = Tokenizer(profile: profile)
        without.usesArabicWordStep = false
        var a = TokenCollector(), b = TokenCollector()
        let ra = bytes.withUnsafeBufferPointer { withStep.tokenize($0, into: &a) }
        let rb = bytes.withUnsafeBufferPointer { without.tokenize($0, into: &b) }
        XCTAssertEqual(a.tokens, b.tokens, file: file, line: line)
        XCTAssertEqual(a.infos, b.infos, file: file, line: line)
        XCTAssertEqual(ra, rb, file: file, line: line)
    }

    func testSameTokensOnRandomText() {
        // Plain letters, and everything that must stop a word step: folded letters, marks and
        // tatweel, a hamza above after و/ي, invisibles, digits, Latin, separators of one and two
        // bytes, line ends, sentence ends, invalid bytes.
        let plain = CharacterTable.plainArabicLetters.map { String(Unicode.Scalar($0)!) }
        let others = ["أ", "إ", "آ", "ى", "ـ", "\u{064E}", "\u{0651}", "\u{0654}", "\u{200C}", "\u{FEFF}",
                      "1", "٣", "a", "Z", "é", " ", " ", " ", "\n", ".", "،", "؟", "-", "\u{FEFB}", "ک", "ی"]
        var rng = SeededGenerator(seed: 1129)
        for round in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...60, using: &rng) {
                if Int.random(in: 0..<60, using: &rng) == 0 { bytes.append(0xFF); continue }
                let s = Int.random(in: 0..<(round % 2 == 0 ? 3 : 12), using: &rng) == 0 ? others.randomElement(using: &rng)! : plain.randomElement(using: &rng)!
                bytes += Array(s.utf8)
            }
            assertSameWithAndWithoutWordStep(bytes, profile: round % 3 == 0 ? TextProfile(foldTehMarbuta: true) : .v1)
        }
    }

    func testSameTokensOnTheSeedAndNewsSmall() throws {
        let seed = NewsPageParser().parse(TestPaths.bytes(TestPaths.seed), archive: "s", entry: "s.txt")
        XCTAssertEqual(seed.count, 2)
        let documents = seed + (try TestPaths.newsSmallDocuments())
        XCTAssertGreaterThanOrEqual(documents.count, 707)
        var bytes = 0
        for d in documents {
            assertSameWithAndWithoutWordStep(d.text)
            assertSameWithAndWithoutWordStep(d.text, profile: TextProfile(foldTehMarbuta: true))
            bytes += d.text.count
        }
        XCTAssertGreaterThan(bytes, 500_000)
    }
}

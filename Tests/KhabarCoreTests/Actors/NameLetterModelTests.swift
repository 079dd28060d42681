import XCTest
@testable import KhabarCore

/// The letter model tells foreign names from words of the language (`NameLetterModel`).
final class NameLetterModelTests: XCTestCase {
    private func score(_ word: String, _ model: NameLetterModel = ActorIndex.builtin.nameLetters) -> Float? {
        Array(word.utf8).withUnsafeBufferPointer { model.score($0) }
    }

    /// Names of people in the news of other countries score above the matcher's threshold (-0.3),
    /// the verbs, nouns and adverbs a title puts where a name could be score below; a word with
    /// other letters has none. (Not every word: "ترسيم" scores 0.3.)
    func testBuiltinScores() throws {
        for name in ["لندنشتراوس", "كيتا", "تريزيغيه", "ويليامز", "هاسبل"] {
            XCTAssertGreaterThan(try XCTUnwrap(score(name)), -0.3, name)
        }
        for word in ["صرحت", "محاكمة", "استنادا", "متحمس", "اتحدت"] {
            XCTAssertLessThan(try XCTUnwrap(score(word)), -0.3, word)
        }
        XCTAssertNil(score("CNN"))
        XCTAssertNil(score(""))
    }

    /// A model learned from two lists scores the letters of the first above those of the second.
    func testScoresFollowTheirLists() throws {
        let names = ["كوفي", "ريكو", "بيكو", "تيكو"].map { Array($0.utf8) }
        let words = ["مكتبة", "مدرسة", "مسرحية", "مطبعة"].map { Array($0.utf8) }
        let model = NameLetterModel(names: names, words: words)
        XCTAssertGreaterThan(try XCTUnwrap(score("ميكو", model)), 0)
        XCTAssertLessThan(try XCTUnwrap(score("مكتبة", model)), 0)
    }

    /// A name found once after a title is reported when it looks foreign, not when it is a verb.
    func testAForeignNameAfterATitleIsConfident() {
        let index = ActorIndex.builtin
        let matcher = ActorMatcher(index: index, discover: true)
        let tokenizer = Tokenizer()
        func confident(_ text: String) -> [String: Bool] {
            var buffer = TokenBuffer(), candidates = CandidateNames()
            var bytes = Array(text.utf8)
            _ = bytes.withUnsafeMutableBufferPointer { tokenizer.tokenize(UnsafeBufferPointer($0), into: &buffer) }
            var out: [String: Bool] = [:]
            for m in matcher.match(buffer, candidates: &candidates) { if let c = m.candidate { out[candidates.names[c]] = m.confident } }
            return out
        }
        XCTAssertEqual(confident("وقال القاضي ميخا لندنشتراوس أمس"), ["ميخا لندنشتراوس": true])
        // (a verb of the language: not even a candidate since the twenty-eighth session)
        XCTAssertEqual(confident("وكانت الوزيرة الأميركية صرحت في وقت سابق"), [:])
        XCTAssertEqual(confident("وكانت الوزيرة الأميركية غرمبلس في وقت سابق"), ["غرمبلس": true])
    }
}

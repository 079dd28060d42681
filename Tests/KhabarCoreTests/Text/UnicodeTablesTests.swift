import Foundation
import XCTest
@testable import KhabarCore

/// The generated presentation-form table agrees with Foundation's NFKC, character for character.
final class UnicodeTablesTests: XCTestCase {
    func testPresentationFormTableMatchesFoundationNFKC() {
        let table = CharacterTable.v1.presentation
        var checked = 0
        for cp in Array(UInt32(0xFB50)...0xFDFF) + Array(UInt32(0xFE70)...0xFEFF) {
            guard let scalar = Unicode.Scalar(cp), scalar.properties.generalCategory != .unassigned else { continue }
            let s = String(scalar)
            let nfkc = s.precomposedStringWithCompatibilityMapping
            if nfkc == s || cp == 0xFEFF {
                XCTAssertNil(table[cp], String(cp, radix: 16))
            } else {
                XCTAssertEqual(table[cp].map { $0.map { Unicode.Scalar($0)! } }.map { String(String.UnicodeScalarView($0)) },
                               nfkc, String(cp, radix: 16))
                checked += 1
            }
        }
        XCTAssertGreaterThan(checked, 700)
    }

    func testComposingNonStartersIncludeHangulAndIndicVowelSigns() {
        let set = Set(UnicodeTables.composingNonStarters)
        XCTAssertTrue(set.contains(0x1161))  // Hangul jungseong A
        XCTAssertTrue(set.contains(0x09BE))  // Bengali vowel sign AA
        XCTAssertEqual("\u{1100}\u{1161}".precomposedStringWithCanonicalMapping, "\u{AC00}")
    }
}

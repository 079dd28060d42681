import XCTest
@testable import KhabarCore

final class CharacterTableTests: XCTestCase {
    /// The entries of the uniform blocks made without the Unicode tables (ideographs, Hangul
    /// syllables, private use) equal those made from the properties, for every code point and in
    /// both profiles; the code points around the blocks take the slow path.
    func testBlockEntriesEqualThePropertiesOnes() {
        let blocks: [ClosedRange<UInt32>] = [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xE000...0xF8FF]
        for table in [CharacterTable.v1, CharacterTable.v1FoldTeh] {
            var checked = 0
            for cp in UInt32(0x3300)...UInt32(0xF9FF) {
                guard let fast = CharacterTable.blockEntry(cp) else {
                    XCTAssertFalse(blocks.contains { $0.contains(cp) }, "U+\(String(cp, radix: 16)) has no fast entry")
                    continue
                }
                let slow = CharacterTable.entryFromProperties(cp, profile: table.profile, composing: table.composingNonStarters)
                XCTAssertEqual(fast, slow.0, "U+\(String(cp, radix: 16))")
                XCTAssertNil(slow.1)
                XCTAssertEqual(table.entries[Int(cp)], fast)
                checked += 1
            }
            XCTAssertEqual(checked, 6_592 + 20_992 + 11_172 + 6_400)
            for cp: UInt32 in [0x33FF, 0x4DC0, 0x4DFF, 0xA000, 0xABFF, 0xD7A4, 0xDFFF, 0xF900] { XCTAssertNil(CharacterTable.blockEntry(cp)) }
        }
        // 中文 and 한국 are tokens of two letters, themselves; a private-use character separates.
        XCTAssertEqual(Tokenizer().tokens(of: "في الصين 中文، وكوريا 한국\u{E000}اليوم"), ["في", "الصين", "中文", "وكوريا", "한국", "اليوم"])
    }
}

import XCTest
@testable import KhabarCore

final class TextEncodingTests: XCTestCase {
    /// The seed page (UTF-8) written in a single-byte encoding through the inverse of Khabar's
    /// table (every character of the seed has a byte there).
    private func encode(_ text: String, _ table: [UInt16]) throws -> [UInt8] {
        var inverse: [UInt32: UInt8] = [:]
        for (k, v) in table.enumerated() where v != 0xFFFD { inverse[UInt32(v)] = UInt8(0x80 + k) }
        return try text.unicodeScalars.map { s in
            if s.value < 0x80 { return UInt8(s.value) }
            return try XCTUnwrap(inverse[s.value], "no byte for U+\(String(s.value, radix: 16))")
        }
    }

    func testTheTablesHoldTheArabicLetters() {
        // Windows-1256: ا C7, ل E1, ي ED, ى EC, tatweel DC, ، A1, ؛ BA, ؟ BF; é stays at E9.
        let w = LegacyText.windows1256
        XCTAssertEqual([0xC7, 0xE1, 0xED, 0xEC, 0xDC, 0xA1, 0xBA, 0xBF, 0xE9].map { w[$0 - 0x80] },
                       [0x0627, 0x0644, 0x064A, 0x0649, 0x0640, 0x060C, 0x061B, 0x061F, 0x00E9])
        // ISO-8859-6: ا C7, ل E4, ي EA, tatweel E0, ، AC, ؟ BF; A1 is unassigned.
        let i = LegacyText.iso88596
        XCTAssertEqual([0xC7, 0xE4, 0xEA, 0xE0, 0xAC, 0xBF, 0xA1].map { i[$0 - 0x80] },
                       [0x0627, 0x0644, 0x064A, 0x0640, 0x060C, 0x061F, 0xFFFD])
    }

    func testTheSeedInEachEncodingIsFoundAndDecodedToItsUTF8() throws {
        let utf8 = TestPaths.bytes(TestPaths.seed)
        let text = String(decoding: utf8, as: UTF8.self)
        let cases: [(LegacyText.Encoding, [UInt8])] = [
            (.windows1256, try encode(text, LegacyText.windows1256)),
            (.iso88596, try encode(text, LegacyText.iso88596)),
            (.utf16LE, [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            (.utf16BE, [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }),
        ]
        for (encoding, bytes) in cases {
            XCTAssertEqual(LegacyText.encoding(of: bytes, setting: .auto), encoding)
            let decoded = LegacyText.utf8(from: bytes, encoding)
            XCTAssertEqual(decoded.unmapped, 0, "\(encoding)")
            XCTAssertEqual(decoded.bytes, utf8, "\(encoding)")
        }
        // A title's worth of Windows-1256 is enough ("أحدث أخبار الاقتصاد": 19 letters).
        XCTAssertEqual(LegacyText.encoding(of: try encode("أحدث أخبار الاقتصاد", LegacyText.windows1256), setting: .auto), .windows1256)
        // Named encodings are applied whatever the bytes; utf-8 never decodes.
        XCTAssertEqual(LegacyText.encoding(of: utf8, setting: .windows1256), .windows1256)
        XCTAssertEqual(LegacyText.encoding(of: Array("abc".utf8), setting: .utf16), .utf16LE)
        XCTAssertNil(LegacyText.encoding(of: try encode(text, LegacyText.windows1256), setting: .utf8))
    }

    func testUTF8AndLatinTextAreLeftAsTheyAre() throws {
        var utf8 = TestPaths.bytes(TestPaths.seed)
        XCTAssertNil(LegacyText.encoding(of: utf8, setting: .auto))
        XCTAssertNil(LegacyText.encoding(of: Array("plain ASCII text".utf8), setting: .auto))
        XCTAssertNil(LegacyText.encoding(of: [], setting: .auto))
        // UTF-8 with stray bytes stays UTF-8 (the bytes are counted as invalid downstream).
        for k in stride(from: 40, to: 400, by: 60) { utf8.insert(0xFF, at: k) }
        XCTAssertNil(LegacyText.encoding(of: utf8, setting: .auto))
        // Windows-1256 text with a NUL in it is binary data, left as it is.
        let text = String(decoding: TestPaths.bytes(TestPaths.seed), as: UTF8.self)
        var binary = try encode(text, LegacyText.windows1256)
        XCTAssertEqual(LegacyText.encoding(of: binary, setting: .auto), .windows1256)
        binary.insert(0, at: 3)
        XCTAssertNil(LegacyText.encoding(of: binary, setting: .auto))
        // Latin-1 Spanish and French: their accents are Arabic letters and marks in Windows-1256
        // (á ل, í ي, ó ٍ, ñ ً) but stand alone between ASCII letters.
        let spanish = "El presidente recibió ayer en la capital al ministro de Economía, según informó el Gobierno español; también habló de la situación política y económica del país."
        let french = "Le président a déclaré à la presse étrangère que la sécurité régionale était menacée et qu'il irait à Genève."
        for text in [spanish, french] {
            let latin1 = text.unicodeScalars.map { UInt8($0.value) }
            XCTAssertNil(LegacyText.encoding(of: latin1, setting: .auto), text)
        }
    }

    /// A web page's declared charset is read when its first 64 KiB (what `detect` reads) hold
    /// only ASCII: a Windows-1256 page behind a long script is decoded, its title and text found;
    /// the same page converted to UTF-8 with its meta left, or without a declaration, is UTF-8.
    func testADeclaredCharsetIsReadBehindALongHead() throws {
        let script = "<script>" + String(repeating: "var a = 1; ", count: 7000) + "</script>"
        func page(_ meta: String) -> String {
            "<html><head>\(meta)\(script)</head><body><h1>خبر عاجل</h1><article><p>نص الخبر من المصدر</p></article></body></html>"
        }
        let declared = page("<meta charset=\"windows-1256\">")
        let legacy = try encode(declared, LegacyText.windows1256)
        XCTAssertNil(LegacyText.encoding(of: legacy, setting: .auto))  // ASCII only in the first 64 KiB
        XCTAssertEqual(LegacyText.declaredEncoding(ofPage: legacy), .windows1256)
        XCTAssertNil(LegacyText.declaredEncoding(ofPage: Array(declared.utf8)))  // converted, meta left
        XCTAssertNil(LegacyText.declaredEncoding(ofPage: try encode(page(""), LegacyText.windows1256)))
        let iso = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-6\">")
        XCTAssertEqual(LegacyText.declaredEncoding(ofPage: try encode(iso, LegacyText.iso88596)), .iso88596)
        try TestPaths.withTemporaryFolder("declared-charset") { folder in
            try Data(legacy).write(to: folder.appendingPathComponent("p.html"))
            let run = try runPipeline([folder.path])
            XCTAssertEqual(run.counters.decodedEntries, ["windows-1256": 1])
            XCTAssertEqual(run.documents.first?["title"] as? String, "خبر عاجل")
            XCTAssertEqual(run.counters.invalidBytes, 0)
            XCTAssertTrue(run.rows.contains { $0.term == "الخبر" })
        }
    }

    func testBytesWithNoCharacterAreCountedAndReplaced() {
        // ISO-8859-6 A1 is unassigned.
        let iso = LegacyText.utf8(from: [0x41, 0xA1, 0xC7], .iso88596)
        XCTAssertEqual(iso.unmapped, 1)
        XCTAssertEqual(String(decoding: iso.bytes, as: UTF8.self), "A\u{FFFD}ا")
        // UTF-16: a lone high surrogate (2 bytes) and an odd last byte.
        let utf16 = LegacyText.utf8(from: [0x27, 0x06, 0x00, 0xD8, 0x41, 0x00, 0x42], .utf16LE)
        XCTAssertEqual(utf16.unmapped, 3)
        XCTAssertEqual(String(decoding: utf16.bytes, as: UTF8.self), "ا\u{FFFD}A\u{FFFD}")
        // A surrogate pair is one scalar.
        let pair = LegacyText.utf8(from: [0xD8, 0x3D, 0xDE, 0x00], .utf16BE)
        XCTAssertEqual(pair.unmapped, 0)
        XCTAssertEqual(String(decoding: pair.bytes, as: UTF8.self), "\u{1F600}")
    }
}

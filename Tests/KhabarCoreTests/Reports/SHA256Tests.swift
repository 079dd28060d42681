import XCTest
@testable import KhabarCore

final class SHA256Tests: XCTestCase {
    func testStandardVectors() {
        func digest(_ s: String) -> String { var h = SHA256(); h.update(Array(s.utf8)); return h.finalize() }
        XCTAssertEqual(digest(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(digest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        var million = SHA256()
        let a = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { million.update(a) }
        XCTAssertEqual(million.finalize(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testFileDigestMatchesTheBytes() {
        var h = SHA256()
        h.update(TestPaths.bytes(TestPaths.seed))
        XCTAssertEqual(SHA256.file(TestPaths.seed), h.finalize())
    }
}

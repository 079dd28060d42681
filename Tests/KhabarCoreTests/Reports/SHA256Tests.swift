import XCTest
@testable import KhabarCore

final class SHA256Tests: XCTestCase {
    func testStandardVectors() {
        for hardware in [false, true] { standardVectors(hardware: hardware) }
    }

    private func standardVectors(hardware: Bool) {
        func digest(_ s: String) -> String { var h = SHA256(hardware: hardware); h.update(Array(s.utf8)); return h.finalize() }
        XCTAssertEqual(digest(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(digest("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        var million = SHA256(hardware: hardware)
        let a = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { million.update(a) }
        XCTAssertEqual(million.finalize(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// The SHA extensions' rounds (`Sources/CSHA256`) give the Swift rounds' digest on random
    /// bytes of every length up to 300 (0–4 whole blocks and every tail) and on a large input fed
    /// in random pieces.
    func testHardwareRoundsMatchTheSwiftRounds() throws {
        guard SHA256.hardwareAvailable else {
            throw XCTSkip("this CPU has no SHA extensions: only the Swift rounds run here (tested above)")
        }
        XCTAssertTrue(SHA256().usesHardware)
        XCTAssertFalse(SHA256(hardware: false).usesHardware)
        var generator = SystemRandomNumberGenerator()
        for length in 0...300 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            var hw = SHA256(), sw = SHA256(hardware: false)
            hw.update(bytes); sw.update(bytes)
            XCTAssertEqual(hw.finalize(), sw.finalize(), "length \(length)")
        }
        let big = (0..<1_000_003).map { _ in UInt8.random(in: 0...255, using: &generator) }
        var hw = SHA256(), sw = SHA256(hardware: false)
        var at = 0
        while at < big.count {
            let n = min(big.count - at, Int.random(in: 1...5000, using: &generator))
            hw.update(Array(big[at..<(at + n)])); sw.update(Array(big[at..<(at + n)]))
            at += n
        }
        XCTAssertEqual(hw.finalize(), sw.finalize())
    }

    /// A real archive's digest equals coreutils' `sha256sum`.
    func testFileDigestEqualsSha256sum() throws {
        let path = try TestPaths.shared("news-small.tar.gz")
        let tool = "/usr/bin/sha256sum"
        guard FileManager.default.isExecutableFile(atPath: tool) else { throw XCTSkip("\(tool) is not installed") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = [path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let expected = String(output.prefix(64))
        XCTAssertEqual(expected.count, 64)
        XCTAssertEqual(SHA256.file(path), expected)
    }

    func testFileDigestMatchesTheBytes() {
        var h = SHA256()
        h.update(TestPaths.bytes(TestPaths.seed))
        XCTAssertEqual(SHA256.file(TestPaths.seed), h.finalize())
    }
}

import Foundation
import XCTest
@testable import KhabarCore

/// Reports and the mention spool written past the page cache (`DirectFile`): the same bytes as
/// written, whatever the size of the pieces, across many blocks and a tail that is not one.
final class DirectFileTests: XCTestCase {
    /// Real article text (the ant-6 fixture repeated), 3.4 MB: three whole blocks of 1 MiB and a tail.
    private let text = TestPaths.repeatedArticles(copies: 200)

    /// Hands `bytes` over in pieces of the sizes in `sizes`, round and round.
    private func pieces(_ bytes: [UInt8], sizes: [Int], _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        bytes.withUnsafeBufferPointer { all in
            var at = 0, k = 0
            while at < all.count {
                let n = min(sizes[k % sizes.count], all.count - at)
                body(UnsafeBufferPointer(rebasing: all[at..<at + n]))
                at += n
                k += 1
            }
        }
    }

    func testAReportOfSeveralBlocksIsWrittenWhole() throws {
        XCTAssertGreaterThan(text.count, 3 * DirectFile.blockBytes)
        XCTAssertNotEqual(text.count % DirectFile.blockBytes, 0)
        try TestPaths.withTemporaryFolder("direct-report") { folder in
            // Pieces of odd sizes, one larger than a block.
            for sizes in [[1, 4095, 77_777], [DirectFile.blockBytes + 13, 5]] {
                let path = folder.appendingPathComponent("mentions.jsonl").path
                let out = try OutputFile(path: path)
                pieces(text, sizes: sizes) { out.write($0) }
                try out.commit()
                XCTAssertTrue(TestPaths.bytes(path) == text, "pieces of \(sizes): the file differs from what was written")
                ReplacedFiles.waitForAll()  // the first round's file, replaced by the second's
                XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["mentions.jsonl"])
            }
        }
    }

    func testADiscardedReportLeavesNothing() throws {
        try TestPaths.withTemporaryFolder("direct-discard") { folder in
            let out = try OutputFile(path: folder.appendingPathComponent("terms.csv").path)
            pieces(text, sizes: [100_000]) { out.write($0) }
            out.discard()
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), [])
        }
    }

    func testWrittenAndReadBackInPiecesOfAnySize() throws {
        try TestPaths.withTemporaryFolder("direct-read") { folder in
            let path = folder.appendingPathComponent("spool").path
            guard let file = try DirectFile.open(path: path, readBack: true) else {
                throw XCTSkip("the temporary folder's file system takes no O_DIRECT (the spool is then a stdio file)")
            }
            pieces(text, sizes: [333, 65_536, 1]) { file.write($0.baseAddress!, count: $0.count) }
            XCTAssertTrue(file.startReading())
            var back: [UInt8] = []
            var piece = [UInt8](repeating: 0, count: DirectFile.blockBytes + 7)
            var k = 0
            while true {
                let want = [1, 4097, DirectFile.blockBytes + 7, 500][k % 4]
                k += 1
                let n = piece.withUnsafeMutableBytes { file.read(into: $0.baseAddress!, count: want) }
                if n == 0 { break }
                back += piece[0..<n]
            }
            XCTAssertEqual(file.failure, 0)
            file.abandon()
            XCTAssertEqual(back.count, text.count)
            XCTAssertTrue(back == text, "read back differs from what was written")
        }
    }

    /// On ext4 (the machines here, and CI's) the file is written directly: the tests above then
    /// went through the direct path, not the stdio fallback.
    func testTheDirectPathIsTakenOnExt4() throws {
        #if os(Linux)
        // The file system of the temporary folder: its longest mount point in /proc/mounts.
        let folder = FileManager.default.temporaryDirectory.resolvingSymlinksInPath().path
        let mounts = (try? String(contentsOfFile: "/proc/mounts", encoding: .utf8)) ?? ""
        var type: String?
        var longest = -1
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count > 2 else { continue }
            let point = fields[1]
            let inside = folder == point || point == "/" || folder.hasPrefix(point + "/")
            if inside && point.count > longest { longest = point.count; type = fields[2] }
        }
        guard type == "ext4" else {
            throw XCTSkip("the temporary folder \(folder) is not on ext4 (\(type ?? "unknown"))")
        }
        try TestPaths.withTemporaryFolder("direct-ext4") { folder in
            let path = folder.appendingPathComponent("x").path
            let file = try XCTUnwrap(try DirectFile.open(path: path))
            let count = 2 * DirectFile.blockBytes + 10
            file.write(text, count: count)
            XCTAssertTrue(file.isDirect, "two whole blocks written with O_DIRECT")
            XCTAssertEqual(file.finish(), 0)
            XCTAssertFalse(file.isDirect, "the tail goes through the page cache")
            XCTAssertTrue(TestPaths.bytes(path) == Array(text[0..<count]))
        }
        #else
        throw XCTSkip("O_DIRECT is Linux's")
        #endif
    }
}

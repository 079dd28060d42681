import CArchive

extension ArchiveReader {
    /// Opens an archive held in memory (an archive inside an archive). The reader keeps its
    /// own copy of the bytes for as long as it lives.
    public static func reading(bytes: [UInt8], name: String) throws -> ArchiveReader {
        try ArchiveReader(memory: bytes, name: name)
    }
}

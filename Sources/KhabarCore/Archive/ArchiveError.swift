/// An error reported by libarchive, or by Khabar while reading an archive.
///
/// Carries the C library's own error text so that a user sees what libarchive saw
/// ("truncated gzip input", "Damaged tar archive"), plus the archive and entry it concerns.
public struct ArchiveError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The archive (input) the error concerns, as the user named it.
    public var archive: String
    /// The entry being read when the error happened, when there was one.
    public var entry: String?
    /// libarchive's error text (`archive_error_string`), or Khabar's own.
    public var message: String
    /// The errno libarchive recorded (`archive_errno`), 0 when none.
    public var errno: Int32

    public init(archive: String, entry: String? = nil, message: String, errno: Int32 = 0) {
        self.archive = archive
        self.entry = entry
        self.message = message
        self.errno = errno
    }

    public var description: String {
        if let entry { return "\(archive): entry \(entry): \(message)" }
        return "\(archive): \(message)"
    }
}

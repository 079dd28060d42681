/// One entry of an archive, as its header describes it.
public struct ArchiveEntry: Sendable, Equatable {
    /// What kind of file system object an entry is.
    public enum FileType: Sendable, Equatable {
        case regular, directory, symbolicLink, other
    }

    /// The entry's path inside the archive (UTF-8; `_utf8` accessor, see `ArchiveReader`).
    public var path: String
    /// The size the header declares, when it declares one (zip streams and raw data may not).
    public var declaredSize: Int?
    /// The kind of object.
    public var fileType: FileType
}

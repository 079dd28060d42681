/// Why an entry, file or record was not counted. Reported by reason in the summary.
public enum SkipReason {
    /// Not a `.txt`, `.json`, `.jsonl` or archive entry (images, `.html`, ...). Not data loss.
    public static let unsupportedType = "unsupported-type"
    /// A file an operating system adds beside the data: macOS's AppleDouble companions (`._x.txt`,
    /// binary, named after the file they describe) and `__MACOSX/` folders of zips made on a Mac.
    /// Read as pages they were junk documents of invalid bytes. Not data loss.
    public static let systemMetadata = "os-metadata"
    /// A symbolic link, device or other non-regular entry. Not data loss.
    public static let notRegularFile = "not-a-regular-file"
    /// A report inside a folder read as input: one this run writes (its `-o` file, its `--out`
    /// folder, a temporary file of Khabar's), or an earlier run's report folder (a subfolder
    /// holding Khabar's summary.json). Reports are not articles. Not data loss.
    public static let ownOutput = "own-output"
    /// An entry with no bytes, or only white space. Not data loss.
    public static let empty = "empty"
    /// Larger than `--max-entry-size`: data loss.
    public static let tooLarge = "too-large"
    /// A JSON record that could not be parsed, or has no title or text field: data loss.
    public static let badJSONRecord = "bad-json-record"
    /// An archive inside an archive that could not be read, or nested too deep: data loss.
    public static let badNestedArchive = "bad-nested-archive"

    /// Reasons that mean part of the input was meant to be read and was not (exit status 2).
    public static let lossReasons: Set<String> = [tooLarge, badJSONRecord, badNestedArchive]
}

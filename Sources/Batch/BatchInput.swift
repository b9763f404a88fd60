/// One file a batch converts.
public struct BatchInput: Sendable, Hashable {
    /// The path as found (the folder given joined with the path below it).
    public var path: String
    /// Where it sits below the folder it was found in (a file given by name: its name).
    /// Its plan goes to `OUTDIR/<relativePath>.json`.
    public var relativePath: String
    /// Size in bytes when walked (0 when unknown); large files are started first.
    public var size: Int

    public init(path: String, relativePath: String, size: Int = 0) {
        self.path = path
        self.relativePath = relativePath
        self.size = size
    }

    /// The plan's path below the output folder.
    public var outputRelativePath: String { relativePath + ".json" }
}

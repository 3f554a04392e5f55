/// A filesystem held in memory, for embedders and tests: directories, regular files, symbolic links
/// and hard links, with inode numbers and timestamps. Preopen it with
/// `WASIConfiguration.preopen(_:guest:)`; fill and inspect it with the path helpers below (absolute
/// paths from its root, `/` separated, no symbolic links followed).
public final class MemoryFileSystem {
    let rootNode: MemoryNode
    var nextInode: UInt64 = 1
    /// The largest size a file may reach (writes beyond fail with `fbig`).
    public var maxFileSize: UInt64 = 1 << 30
    let clock: () -> UInt64

    /// Creates an empty filesystem. `clock` gives the time stamped on changes (nanoseconds since the
    /// Unix epoch; default: the host's wall clock).
    public init(clock: (() -> UInt64)? = nil) {
        let clock = clock ?? { HostSystem.now() }
        self.clock = clock
        rootNode = MemoryNode(inode: 1, content: .directory([:]), time: clock())
        nextInode = 2
    }

    /// A handle to the root directory.
    public var root: MemoryDirectory { MemoryDirectory(node: rootNode, fileSystem: self) }

    func makeNode(_ content: MemoryNode.Content) -> MemoryNode {
        defer { nextInode += 1 }
        return MemoryNode(inode: nextInode, content: content, time: clock())
    }

    /// The node at an absolute path (nil if missing or a component is not a directory).
    func node(at path: String) -> MemoryNode? {
        var node = rootNode
        for component in path.split(separator: "/") where component != "." {
            guard case .directory(let entries) = node.content, let child = entries[String(component)] else { return nil }
            node = child
        }
        return node
    }

    func parent(of path: String) throws(WASIErrno) -> (MemoryDirectory, String) {
        var components = path.split(separator: "/").map(String.init)
        guard let name = components.popLast() else { throw .invalid }
        guard let node = node(at: components.joined(separator: "/")), case .directory = node.content else {
            throw .noEntry
        }
        return (MemoryDirectory(node: node, fileSystem: self), name)
    }

    /// Creates a directory and any missing parents.
    public func createDirectory(_ path: String) throws(WASIErrno) {
        var current = ""
        for component in path.split(separator: "/") {
            current += "/" + component
            if let existing = node(at: current) {
                guard case .directory = existing.content else { throw .notDirectory }
                continue
            }
            let (parent, name) = try parent(of: current)
            try parent.createDirectory(name)
        }
    }

    /// Creates or replaces a file with `contents` (the parent directory must exist).
    public func writeFile(_ path: String, _ contents: [UInt8]) throws(WASIErrno) {
        let (parent, name) = try parent(of: path)
        let file = try parent.openFile(name, options: WASIOpenOptions(write: true, create: true, truncate: true))
        let written = contents.withUnsafeBytes { bytes in Result { () throws(WASIErrno) in try file.write(bytes, at: 0) } }
        _ = try written.get()
    }

    /// Creates a symbolic link at `path` with contents `target`.
    public func createSymlink(_ path: String, target: String) throws(WASIErrno) {
        let (parent, name) = try parent(of: path)
        try parent.createSymlink(name, target: target)
    }

    /// The contents of the regular file at `path` (nil when there is none).
    public func readFile(_ path: String) -> [UInt8]? {
        guard let node = node(at: path), case .file(let bytes) = node.content else { return nil }
        return bytes
    }

    /// The names in the directory at `path`, sorted (nil when there is none).
    public func list(_ path: String) -> [String]? {
        guard let node = node(at: path), case .directory(let entries) = node.content else { return nil }
        return entries.keys.sorted()
    }

    /// The target of the symbolic link at `path` (nil when there is none).
    public func symlinkTarget(_ path: String) -> String? {
        guard let node = node(at: path), case .symlink(let target) = node.content else { return nil }
        return target
    }
}

/// A file, directory or symbolic link of a `MemoryFileSystem`.
final class MemoryNode {
    enum Content {
        case file([UInt8])
        case directory([String: MemoryNode])
        case symlink(String)
    }

    let inode: UInt64
    var content: Content
    var linkCount: UInt64 = 1
    var accessTime: UInt64
    var modificationTime: UInt64
    var changeTime: UInt64

    init(inode: UInt64, content: Content, time: UInt64) {
        self.inode = inode
        self.content = content
        accessTime = time
        modificationTime = time
        changeTime = time
    }

    var type: WASIFileType {
        switch content {
        case .file: .regularFile
        case .directory: .directory
        case .symlink: .symbolicLink
        }
    }

    var stat: WASIFileStat {
        let size: Int = switch content {
        case .file(let bytes): bytes.count
        case .directory(let entries): entries.count
        case .symlink(let target): target.utf8.count
        }
        return WASIFileStat(device: 1, inode: inode, type: type, linkCount: linkCount, size: UInt64(size),
                            accessTime: accessTime, modificationTime: modificationTime, changeTime: changeTime)
    }

    func setTimes(access: WASITimeChange, modification: WASITimeChange, now: UInt64) {
        switch access {
        case .keep: break
        case .now: accessTime = now
        case .set(let t): accessTime = t
        }
        switch modification {
        case .keep: break
        case .now: modificationTime = now
        case .set(let t): modificationTime = t
        }
        changeTime = now
    }

    /// Whether `other` is this node or inside it (a directory cannot move into itself).
    func contains(_ other: MemoryNode) -> Bool {
        if self === other { return true }
        guard case .directory(let entries) = content else { return false }
        return entries.values.contains { child in
            if case .directory = child.content { return child.contains(other) }
            return false
        }
    }
}

/// An open directory of a `MemoryFileSystem`.
public final class MemoryDirectory: WASIDirectory {
    let node: MemoryNode
    let fileSystem: MemoryFileSystem

    init(node: MemoryNode, fileSystem: MemoryFileSystem) {
        self.node = node
        self.fileSystem = fileSystem
    }

    var now: UInt64 { fileSystem.clock() }

    /// Runs `body` on the entries, mutating them in place.
    func withEntries<R>(_ body: (inout [String: MemoryNode]) throws(WASIErrno) -> R) throws(WASIErrno) -> R {
        guard case .directory(var entries) = node.content else { throw .notDirectory }
        node.content = .symlink("")  // drop the second reference so the dictionary is not copied
        defer { node.content = .directory(entries) }
        return try body(&entries)
    }

    func child(_ name: String) throws(WASIErrno) -> MemoryNode {
        guard case .directory(let entries) = node.content else { throw .notDirectory }
        guard let child = entries[name] else { throw .noEntry }
        return child
    }

    func touch() {
        node.modificationTime = now
        node.changeTime = node.modificationTime
    }

    public func stat() throws(WASIErrno) -> WASIFileStat { node.stat }

    public func setTimes(access: WASITimeChange, modification: WASITimeChange) throws(WASIErrno) {
        node.setTimes(access: access, modification: modification, now: now)
    }

    public func stat(_ name: String) throws(WASIErrno) -> WASIFileStat { try child(name).stat }

    public func setTimes(_ name: String, access: WASITimeChange, modification: WASITimeChange) throws(WASIErrno) {
        try child(name).setTimes(access: access, modification: modification, now: now)
    }

    public func openDirectory(_ name: String) throws(WASIErrno) -> any WASIDirectory {
        let child = try child(name)
        switch child.content {
        case .directory: return MemoryDirectory(node: child, fileSystem: fileSystem)
        case .symlink: throw .loop
        case .file: throw .notDirectory
        }
    }

    public func openFile(_ name: String, options: WASIOpenOptions) throws(WASIErrno) -> any WASIFile {
        let fileSystem = fileSystem
        let node = try withEntries { (entries) throws(WASIErrno) -> MemoryNode in
            if let existing = entries[name] {
                if options.create && options.exclusive { throw .exist }
                return existing
            }
            guard options.create else { throw .noEntry }
            let created = fileSystem.makeNode(.file([]))
            entries[name] = created
            return created
        }
        switch node.content {
        case .directory: throw .isDirectory
        case .symlink: throw .loop
        case .file: break
        }
        let file = MemoryFile(node: node, fileSystem: fileSystem)
        if options.truncate { try file.setSize(0) }
        if options.create { touch() }
        return file
    }

    public func createDirectory(_ name: String) throws(WASIErrno) {
        let fileSystem = fileSystem
        try withEntries { (entries) throws(WASIErrno) in
            guard entries[name] == nil else { throw .exist }
            entries[name] = fileSystem.makeNode(.directory([:]))
        }
        touch()
    }

    public func removeDirectory(_ name: String) throws(WASIErrno) {
        try withEntries { (entries) throws(WASIErrno) in
            guard let child = entries[name] else { throw .noEntry }
            guard case .directory(let grandchildren) = child.content else { throw .notDirectory }
            guard grandchildren.isEmpty else { throw .notEmpty }
            entries[name] = nil
            child.linkCount = 0
        }
        touch()
    }

    public func unlinkFile(_ name: String) throws(WASIErrno) {
        try withEntries { (entries) throws(WASIErrno) in
            guard let child = entries[name] else { throw .noEntry }
            if case .directory = child.content { throw .isDirectory }
            entries[name] = nil
            child.linkCount -= 1
        }
        touch()
    }

    public func readLink(_ name: String) throws(WASIErrno) -> String {
        guard case .symlink(let target) = try child(name).content else { throw .invalid }
        return target
    }

    public func createSymlink(_ name: String, target: String) throws(WASIErrno) {
        let fileSystem = fileSystem
        try withEntries { (entries) throws(WASIErrno) in
            guard entries[name] == nil else { throw .exist }
            entries[name] = fileSystem.makeNode(.symlink(target))
        }
        touch()
    }

    public func rename(_ name: String, to directory: any WASIDirectory, as newName: String) throws(WASIErrno) {
        guard let target = directory as? MemoryDirectory, target.fileSystem === fileSystem else { throw .crossDevice }
        let moving = try child(name)
        if target.node === node && name == newName { return }
        if case .directory = moving.content, moving.contains(target.node) { throw .invalid }
        if let existing = try? target.child(newName) {
            switch (moving.content, existing.content) {
            case (.directory, .directory(let entries)):
                guard entries.isEmpty else { throw .notEmpty }
            case (.directory, _): throw .notDirectory
            case (_, .directory): throw .isDirectory
            default: break
            }
            if existing === moving { return }
            existing.linkCount = existing.linkCount > 0 ? existing.linkCount - 1 : 0
        }
        try withEntries { (entries) throws(WASIErrno) in entries[name] = nil }
        try target.withEntries { (entries) throws(WASIErrno) in entries[newName] = moving }
        moving.changeTime = now
        touch()
        target.touch()
    }

    public func link(_ name: String, to directory: any WASIDirectory, as newName: String) throws(WASIErrno) {
        guard let target = directory as? MemoryDirectory, target.fileSystem === fileSystem else { throw .crossDevice }
        let source = try child(name)
        if case .directory = source.content { throw .permission }
        try target.withEntries { (entries) throws(WASIErrno) in
            guard entries[newName] == nil else { throw .exist }
            entries[newName] = source
        }
        source.linkCount += 1
        source.changeTime = now
        target.touch()
    }

    public func entries() throws(WASIErrno) -> [WASIDirectoryEntry] {
        guard case .directory(let entries) = node.content else { throw .notDirectory }
        return entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            .map { WASIDirectoryEntry(name: $0.key, type: $0.value.type, inode: $0.value.inode) }
    }

    public func sync() throws(WASIErrno) {}
}

/// An open regular file of a `MemoryFileSystem`.
final class MemoryFile: WASIFile {
    let node: MemoryNode
    let fileSystem: MemoryFileSystem

    init(node: MemoryNode, fileSystem: MemoryFileSystem) {
        self.node = node
        self.fileSystem = fileSystem
    }

    /// Runs `body` on the bytes, mutating them in place.
    func withBytes<R>(_ body: (inout [UInt8]) throws(WASIErrno) -> R) throws(WASIErrno) -> R {
        guard case .file(var bytes) = node.content else { throw .badDescriptor }
        node.content = .symlink("")  // drop the second reference so the bytes are not copied
        defer { node.content = .file(bytes) }
        return try body(&bytes)
    }

    func stat() throws(WASIErrno) -> WASIFileStat { node.stat }

    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64) throws(WASIErrno) -> Int {
        guard case .file(let bytes) = node.content else { throw .badDescriptor }
        guard offset < UInt64(bytes.count) else { return 0 }
        let start = Int(offset)
        let count = min(buffer.count, bytes.count - start)
        bytes.withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress! + start, byteCount: count) }
        node.accessTime = fileSystem.clock()
        return count
    }

    func write(_ data: UnsafeRawBufferPointer, at offset: UInt64) throws(WASIErrno) -> Int {
        guard data.count > 0 else { return 0 }
        let (end, overflow) = offset.addingReportingOverflow(UInt64(data.count))
        guard !overflow, end <= fileSystem.maxFileSize else { throw .fileTooBig }
        try withBytes { (bytes) throws(WASIErrno) in
            if bytes.count < Int(end) { bytes.append(contentsOf: repeatElement(0, count: Int(end) - bytes.count)) }
            bytes.withUnsafeMutableBytes { ($0.baseAddress! + Int(offset)).copyMemory(from: data.baseAddress!, byteCount: data.count) }
        }
        node.modificationTime = fileSystem.clock()
        node.changeTime = node.modificationTime
        return data.count
    }

    func setSize(_ size: UInt64) throws(WASIErrno) {
        guard size <= fileSystem.maxFileSize else { throw .fileTooBig }
        try withBytes { (bytes) throws(WASIErrno) in
            if bytes.count > Int(size) {
                bytes.removeSubrange(Int(size)...)
            } else {
                bytes.append(contentsOf: repeatElement(0, count: Int(size) - bytes.count))
            }
        }
        node.modificationTime = fileSystem.clock()
        node.changeTime = node.modificationTime
    }

    func setTimes(access: WASITimeChange, modification: WASITimeChange) throws(WASIErrno) {
        node.setTimes(access: access, modification: modification, now: fileSystem.clock())
    }

    func sync(metadata: Bool) throws(WASIErrno) {}
}

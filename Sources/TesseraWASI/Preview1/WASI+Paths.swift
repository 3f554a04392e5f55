import TesseraTypes

// path_*: every path goes through `PathResolver` first.

extension WASIPreview1 {
    static let pathSyscalls: [(name: String, parameters: [ValueType], body: Syscall)] = [
        ("path_open", [.i32, .i32, .i32, .i32, .i32, .i64, .i64, .i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let request = OpenRequest(lookup: a.u32(1), openFlags: UInt16(truncatingIfNeeded: a.u32(4)),
                                      rights: WASIRights(rawValue: a.u64(5)), inheriting: WASIRights(rawValue: a.u64(6)),
                                      flags: UInt16(truncatingIfNeeded: a.u32(7)))
            let fd = try wasi.open(a.u32(0), try memory.string(a.u32(2), a.u32(3)), request)
            try memory.store(fd, at: a.u32(8)) }),
        ("path_create_directory", [.i32, .i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let target = try wasi.resolve(a.u32(0), try memory.string(a.u32(1), a.u32(2)), .pathCreateDirectory, follow: false)
            guard !target.isParentItself else { throw .exist }
            try target.parent.createDirectory(target.name) }),
        ("path_remove_directory", [.i32, .i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let target = try wasi.resolve(a.u32(0), try memory.string(a.u32(1), a.u32(2)), .pathRemoveDirectory, follow: false)
            guard !target.isParentItself else { throw .invalid }
            try target.parent.removeDirectory(target.name) }),
        ("path_unlink_file", [.i32, .i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let target = try wasi.resolve(a.u32(0), try memory.string(a.u32(1), a.u32(2)), .pathUnlinkFile, follow: false)
            guard !target.isParentItself else { throw .isDirectory }
            if target.mustBeDirectory {
                throw try target.parent.stat(target.name).type == .directory ? .isDirectory : .notDirectory
            }
            try target.parent.unlinkFile(target.name) }),
        ("path_filestat_get", [.i32, .i32, .i32, .i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let target = try wasi.resolve(a.u32(0), try memory.string(a.u32(2), a.u32(3)), .pathFilestatGet,
                                          follow: a.u32(1) & LookupFlags.followSymlinks != 0)
            try WASI.store(try WASI.stat(target), memory, at: a.u32(4)) }),
        ("path_filestat_set_times", [.i32, .i32, .i32, .i32, .i64, .i64, .i32], { wasi, memory, a throws(WASIErrno) in
            let target = try wasi.resolve(a.u32(0), try memory.string(a.u32(2), a.u32(3)), .pathFilestatSetTimes,
                                          follow: a.u32(1) & LookupFlags.followSymlinks != 0)
            let (access, modification) = try WASI.timeChanges(a.u64(4), a.u64(5), a.u32(6))
            _ = try WASI.stat(target)
            if target.isParentItself {
                try target.parent.setTimes(access: access, modification: modification)
            } else {
                try target.parent.setTimes(target.name, access: access, modification: modification)
            } }),
        ("path_readlink", [.i32, .i32, .i32, .i32, .i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let target = try wasi.resolve(a.u32(0), try memory.string(a.u32(1), a.u32(2)), .pathReadlink, follow: false)
            guard !target.isParentItself, !target.mustBeDirectory else { throw .invalid }
            let contents = Array(try target.parent.readLink(target.name).utf8)
            let count = min(contents.count, Int(a.u32(4)))
            try memory.write(Array(contents.prefix(count)), at: a.u32(3))
            try memory.store(UInt32(count), at: a.u32(5)) }),
        ("path_symlink", [.i32, .i32, .i32, .i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let contents = try memory.string(a.u32(0), a.u32(1))
            // An absolute link could never be followed inside the sandbox, but could mislead the host.
            guard !contents.hasPrefix("/") else { throw .permission }
            guard !contents.isEmpty else { throw .noEntry }
            let target = try wasi.resolve(a.u32(2), try memory.string(a.u32(3), a.u32(4)), .pathSymlink, follow: false)
            guard !target.isParentItself else { throw .exist }
            try target.parent.createSymlink(target.name, target: contents) }),
        ("path_link", [.i32, .i32, .i32, .i32, .i32, .i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let source = try wasi.resolve(a.u32(0), try memory.string(a.u32(2), a.u32(3)), .pathLinkSource,
                                          follow: a.u32(1) & LookupFlags.followSymlinks != 0)
            let target = try wasi.resolve(a.u32(4), try memory.string(a.u32(5), a.u32(6)), .pathLinkTarget, follow: false)
            guard !source.isParentItself else { throw .permission }
            guard !target.isParentItself else { throw .exist }
            if source.mustBeDirectory || target.mustBeDirectory {
                throw try source.parent.stat(source.name).type == .directory ? .permission : .notDirectory
            }
            try source.parent.link(source.name, to: target.parent, as: target.name) }),
        ("path_rename", [.i32, .i32, .i32, .i32, .i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let source = try wasi.resolve(a.u32(0), try memory.string(a.u32(1), a.u32(2)), .pathRenameSource, follow: false)
            let target = try wasi.resolve(a.u32(3), try memory.string(a.u32(4), a.u32(5)), .pathRenameTarget, follow: false)
            guard !source.isParentItself, !target.isParentItself else { throw .busy }
            if source.mustBeDirectory || target.mustBeDirectory {
                guard try source.parent.stat(source.name).type == .directory else { throw .notDirectory }
            }
            try source.parent.rename(source.name, to: target.parent, as: target.name) }),
    ]
}

/// The arguments of `path_open`.
struct OpenRequest {
    var lookup: UInt32
    var openFlags: UInt16
    var rights: WASIRights
    var inheriting: WASIRights
    var flags: UInt16

    func has(_ flag: UInt16) -> Bool { openFlags & flag != 0 }
}

extension WASI {
    /// Resolves `path` relative to directory descriptor `fd`, which must hold `right`.
    func resolve(_ fd: UInt32, _ path: String, _ right: WASIRights, follow: Bool) throws(WASIErrno) -> ResolvedPath {
        try PathResolver.resolve(path, from: try directory(fd, requiring: right), followLast: follow)
    }

    /// The metadata of a resolved path (`notdir` when it ended in `/` and is not a directory).
    static func stat(_ target: ResolvedPath) throws(WASIErrno) -> WASIFileStat {
        let stat = target.isParentItself ? try target.parent.stat() : try target.parent.stat(target.name)
        if target.mustBeDirectory && stat.type != .directory { throw .notDirectory }
        return stat
    }

    /// `path_open`: opens (or creates) a file or directory and returns its new descriptor.
    func open(_ fd: UInt32, _ path: String, _ request: OpenRequest) throws(WASIErrno) -> UInt32 {
        var needed: WASIRights = .pathOpen
        if request.has(OpenFlags.create) { needed.insert(.pathCreateFile) }
        if request.has(OpenFlags.truncate) { needed.insert(.pathFilestatSetSize) }
        guard request.openFlags <= 15, request.flags <= FDFlags.all else { throw .invalid }
        let base = try descriptor(fd, requiring: needed)
        guard base.directory != nil else { throw .notDirectory }
        let target = try resolve(fd, path, needed, follow: request.lookup & LookupFlags.followSymlinks != 0)
        let writing = !request.rights.isDisjoint(with: [.fdWrite, .fdAllocate, .fdFilestatSetSize])
            || request.flags & FDFlags.append != 0 || request.has(OpenFlags.truncate)
        var existing: WASIFileStat?
        do { existing = try WASI.stat(target) } catch {
            guard error == .noEntry, request.has(OpenFlags.create), !request.has(OpenFlags.directory),
                  !target.mustBeDirectory else { throw error }
        }
        if existing != nil && request.has(OpenFlags.create) && request.has(OpenFlags.exclusive) { throw .exist }
        let kind: Descriptor.Kind
        var typeRights: WASIRights = .regularFile
        if let existing, existing.type == .directory {
            // Write rights asked for with O_DIRECTORY are dropped; without it they mean "open for writing".
            guard !request.has(OpenFlags.truncate), !request.has(OpenFlags.create),
                  request.flags & FDFlags.append == 0, !writing || request.has(OpenFlags.directory) else {
                throw .isDirectory
            }
            let directory = target.isParentItself ? target.parent : try target.parent.openDirectory(target.name)
            kind = .directory(directory, guestPath: nil)
            typeRights = .directory
        } else {
            if existing?.type == .symbolicLink { throw request.has(OpenFlags.directory) ? .notDirectory : .loop }
            if request.has(OpenFlags.directory) { throw .notDirectory }
            let options = WASIOpenOptions(
                read: !request.rights.isDisjoint(with: [.fdRead, .fdReaddir]) || !writing, write: writing,
                create: request.has(OpenFlags.create), exclusive: request.has(OpenFlags.exclusive),
                truncate: request.has(OpenFlags.truncate))
            kind = .file(try target.parent.openFile(target.name, options: options))
        }
        var rights = request.rights.intersection(base.inheriting).intersection(typeRights)
        if case .file = kind, !writing { rights.subtract([.fdWrite, .fdAllocate, .fdFilestatSetSize]) }
        return try insert(Descriptor(kind, rights: rights, inheriting: request.inheriting.intersection(base.inheriting),
                                     flags: request.flags))
    }
}

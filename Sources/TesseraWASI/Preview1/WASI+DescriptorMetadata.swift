import TesseraTypes

// fd_close, fd_renumber, fd_fdstat_*, fd_filestat_*, fd_prestat_*, fd_readdir.

extension WASIPreview1 {
    static let descriptorMetadataSyscalls: [(name: String, parameters: [ValueType], body: Syscall)] = [
        ("fd_close", [.i32], { wasi, _, a throws(WASIErrno) in
            guard wasi.descriptors.removeValue(forKey: a.u32(0)) != nil else { throw .badDescriptor } }),
        ("fd_renumber", [.i32, .i32], { wasi, _, a throws(WASIErrno) in
            let from = a.u32(0), to = a.u32(1)
            guard let entry = wasi.descriptors[from], wasi.descriptors[to] != nil else { throw .badDescriptor }
            wasi.descriptors[from] = nil
            wasi.descriptors[to] = entry }),
        ("fd_fdstat_get", [.i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let entry = try wasi.descriptor(a.u32(0))
            let address = a.u32(1)
            _ = try memory.region(address, 24)
            try memory.store(entry.fileType.rawValue, at: address)
            try memory.store(UInt8(0), at: address + 1)
            try memory.store(entry.flags, at: address + 2)
            try memory.store(UInt32(0), at: address + 4)
            try memory.store(entry.rights.rawValue, at: address + 8)
            try memory.store(entry.inheriting.rawValue, at: address + 16) }),
        ("fd_fdstat_set_flags", [.i32, .i32], { wasi, _, a throws(WASIErrno) in
            let entry = try wasi.descriptor(a.u32(0), requiring: .fdFdstatSetFlags)
            let flags = a.u32(1)
            guard flags <= UInt32(FDFlags.all) else { throw .invalid }
            entry.flags = UInt16(flags) }),
        ("fd_fdstat_set_rights", [.i32, .i64, .i64], { wasi, _, a throws(WASIErrno) in
            let entry = try wasi.descriptor(a.u32(0))
            let base = WASIRights(rawValue: a.u64(1)), inheriting = WASIRights(rawValue: a.u64(2))
            // Rights can only be dropped, never gained.
            guard entry.rights.isSuperset(of: base), entry.inheriting.isSuperset(of: inheriting) else {
                throw .notCapable
            }
            entry.rights = base
            entry.inheriting = inheriting }),
        ("fd_filestat_get", [.i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let entry = try wasi.descriptor(a.u32(0), requiring: .fdFilestatGet)
            let stat: WASIFileStat = switch entry.kind {
            case .file(let file): try file.stat()
            case .directory(let directory, _): try directory.stat()
            case .stream(let stream): WASIFileStat(type: stream.fileType)
            case .socket(let socket): WASIFileStat(type: socket.fileType)
            }
            try WASI.store(stat, memory, at: a.u32(1)) }),
        ("fd_filestat_set_size", [.i32, .i64], { wasi, _, a throws(WASIErrno) in
            guard case .file(let file) = try wasi.descriptor(a.u32(0), requiring: .fdFilestatSetSize).kind else {
                throw .invalid
            }
            guard a.u64(1) <= UInt64(Int64.max) else { throw .fileTooBig }
            try file.setSize(a.u64(1)) }),
        ("fd_filestat_set_times", [.i32, .i64, .i64, .i32], { wasi, _, a throws(WASIErrno) in
            let entry = try wasi.descriptor(a.u32(0), requiring: .fdFilestatSetTimes)
            let (access, modification) = try WASI.timeChanges(a.u64(1), a.u64(2), a.u32(3))
            switch entry.kind {
            case .file(let file): try file.setTimes(access: access, modification: modification)
            case .directory(let directory, _): try directory.setTimes(access: access, modification: modification)
            default: throw .invalid
            } }),
        ("fd_prestat_get", [.i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let name = try wasi.preopenName(a.u32(0))
            _ = try memory.region(a.u32(1), 8)
            try memory.store(UInt32(0), at: a.u32(1))
            try memory.store(UInt32(truncatingIfNeeded: name.count), at: a.u32(1) + 4) }),
        ("fd_prestat_dir_name", [.i32, .i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let name = try wasi.preopenName(a.u32(0))
            guard a.u32(2) >= name.count else { throw .nameTooLong }
            try memory.write(name, at: a.u32(1)) }),
        ("fd_readdir", [.i32, .i32, .i32, .i64, .i32], { wasi, memory, a throws(WASIErrno) in
            let directory = try wasi.directory(a.u32(0), requiring: .fdReaddir)
            let buffer = try memory.region(a.u32(1), a.u32(2))
            let used = try WASI.readDirectory(directory, into: buffer, cookie: a.u64(3))
            try memory.store(UInt32(used), at: a.u32(4)) }),
    ]
}

extension WASI {
    /// The guest path of a preopened directory (`badf` for any other descriptor: that ends the
    /// guest's scan of preopens).
    func preopenName(_ fd: UInt32) throws(WASIErrno) -> [UInt8] {
        guard case .directory(_, let guestPath?) = descriptors[fd]?.kind else { throw .badDescriptor }
        return Array(guestPath.utf8)
    }

    /// Writes a `filestat` (64 bytes).
    static func store(_ stat: WASIFileStat, _ memory: GuestMemory, at address: UInt32) throws(WASIErrno) {
        let region = try memory.region(address, 64)
        region.initializeMemory(as: UInt8.self, repeating: 0)
        try memory.store(stat.device, at: address)
        try memory.store(stat.inode, at: address + 8)
        try memory.store(stat.type.rawValue, at: address + 16)
        try memory.store(stat.linkCount, at: address + 24)
        try memory.store(stat.size, at: address + 32)
        try memory.store(stat.accessTime, at: address + 40)
        try memory.store(stat.modificationTime, at: address + 48)
        try memory.store(stat.changeTime, at: address + 56)
    }

    /// The two changes an `fstflags` asks for (`inval` when a time is both given and "now").
    static func timeChanges(_ access: UInt64, _ modification: UInt64, _ flags: UInt32) throws(WASIErrno)
        -> (WASITimeChange, WASITimeChange) {
        let f = UInt16(truncatingIfNeeded: flags)
        guard flags <= 15 else { throw .invalid }
        if f & TimeFlags.accessTime != 0 && f & TimeFlags.accessNow != 0 { throw .invalid }
        if f & TimeFlags.modifyTime != 0 && f & TimeFlags.modifyNow != 0 { throw .invalid }
        let a: WASITimeChange = f & TimeFlags.accessNow != 0 ? .now : f & TimeFlags.accessTime != 0 ? .set(access) : .keep
        let m: WASITimeChange = f & TimeFlags.modifyNow != 0 ? .now : f & TimeFlags.modifyTime != 0 ? .set(modification) : .keep
        return (a, m)
    }

    /// Fills `buffer` with `dirent` records (24-byte header, then the name) from entry `cookie` on,
    /// `.` and `..` first; the last record may be cut off when the buffer is full. Returns the bytes used.
    static func readDirectory(_ directory: any WASIDirectory, into buffer: UnsafeMutableRawBufferPointer,
                              cookie: UInt64) throws(WASIErrno) -> Int {
        let own = try directory.stat()
        let entries = [WASIDirectoryEntry(name: ".", type: .directory, inode: own.inode),
                       WASIDirectoryEntry(name: "..", type: .directory, inode: 0)] + (try directory.entries())
        var used = 0
        var index = cookie
        while index < UInt64(entries.count), used < buffer.count {
            let entry = entries[Int(index)]
            let name = Array(entry.name.utf8)
            var record = [UInt8](repeating: 0, count: 24)
            func put<T: FixedWidthInteger>(_ value: T, _ offset: Int) {
                withUnsafeBytes(of: value.littleEndian) { for (i, b) in $0.enumerated() { record[offset + i] = b } }
            }
            put(index + 1, 0)
            put(entry.inode, 8)
            put(UInt32(name.count), 16)
            record[20] = entry.type.rawValue
            record += name
            let count = min(record.count, buffer.count - used)
            record.withUnsafeBytes { (buffer.baseAddress! + used).copyMemory(from: $0.baseAddress!, byteCount: count) }
            used += count
            index += 1
        }
        return used
    }
}

import TesseraTypes

// fd_read/write/pread/pwrite/seek/tell and the data-side calls (advise, allocate, sync, datasync).

extension WASIPreview1 {
    static let descriptorSyscalls: [(name: String, parameters: [ValueType], body: Syscall)] = [
        ("fd_read", [.i32, .i32, .i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let count = try wasi.read(a.u32(0), try wasi.vectors(of: a.u32(0), memory, a.u32(1), a.u32(2)), at: nil)
            try memory.store(count, at: a.u32(3)) }),
        ("fd_pread", [.i32, .i32, .i32, .i64, .i32], { wasi, memory, a throws(WASIErrno) in
            let count = try wasi.read(a.u32(0), try wasi.vectors(of: a.u32(0), memory, a.u32(1), a.u32(2)), at: a.u64(3))
            try memory.store(count, at: a.u32(4)) }),
        ("fd_write", [.i32, .i32, .i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let count = try wasi.write(a.u32(0), try wasi.vectors(of: a.u32(0), memory, a.u32(1), a.u32(2)), at: nil)
            try memory.store(count, at: a.u32(3)) }),
        ("fd_pwrite", [.i32, .i32, .i32, .i64, .i32], { wasi, memory, a throws(WASIErrno) in
            let count = try wasi.write(a.u32(0), try wasi.vectors(of: a.u32(0), memory, a.u32(1), a.u32(2)), at: a.u64(3))
            try memory.store(count, at: a.u32(4)) }),
        ("fd_seek", [.i32, .i64, .i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let position = try wasi.seek(a.u32(0), offset: Int64(bitPattern: a.u64(1)), whence: a.u32(2))
            try memory.store(position, at: a.u32(3)) }),
        ("fd_tell", [.i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let entry = try wasi.descriptor(a.u32(0), requiring: .fdTell)
            guard case .file = entry.kind else { throw .illegalSeek }
            try memory.store(entry.position, at: a.u32(1)) }),
        ("fd_advise", [.i32, .i64, .i64, .i32], { wasi, _, a throws(WASIErrno) in
            let entry = try wasi.descriptor(a.u32(0), requiring: .fdAdvise)
            guard a.u32(3) <= 5 else { throw .invalid }
            guard case .file = entry.kind else { throw entry.directory == nil ? .illegalSeek : .badDescriptor }
            guard !a.u64(1).addingReportingOverflow(a.u64(2)).overflow else { throw .invalid } }),
        ("fd_allocate", [.i32, .i64, .i64], { wasi, _, a throws(WASIErrno) in
            guard case .file(let file) = try wasi.descriptor(a.u32(0), requiring: .fdAllocate).kind else {
                throw .badDescriptor
            }
            let (end, overflow) = a.u64(1).addingReportingOverflow(a.u64(2))
            guard !overflow, end <= UInt64(Int64.max) else { throw .fileTooBig }
            if try file.stat().size < end { try file.setSize(end) } }),
        ("fd_sync", [.i32], { wasi, _, a throws(WASIErrno) in
            switch try wasi.descriptor(a.u32(0), requiring: .fdSync).kind {
            case .file(let file): try file.sync(metadata: true)
            case .directory(let directory, _): try directory.sync()
            default: throw .invalid
            } }),
        ("fd_datasync", [.i32], { wasi, _, a throws(WASIErrno) in
            guard case .file(let file) = try wasi.descriptor(a.u32(0), requiring: .fdDatasync).kind else {
                throw .invalid
            }
            try file.sync(metadata: false) }),
    ]
}

extension WASI {
    /// The guest buffers of an iovec array for a transfer on `fd`: a bad descriptor is reported before
    /// bad buffers (`EBADF` before `EFAULT`), then the rights are checked by the transfer itself.
    func vectors(of fd: UInt32, _ memory: GuestMemory, _ address: UInt32, _ count: UInt32) throws(WASIErrno)
        -> [UnsafeMutableRawBufferPointer]
    {
        _ = try descriptor(fd)
        return try memory.vectors(address, count)
    }

    /// Reads into `buffers` at the descriptor's position (advancing it) or at `offset`; returns the
    /// byte count.
    func read(_ fd: UInt32, _ buffers: [UnsafeMutableRawBufferPointer], at offset: UInt64?) throws(WASIErrno) -> UInt32 {
        let entry = try descriptor(fd, requiring: offset == nil ? .fdRead : [.fdRead, .fdSeek])
        var total = 0
        switch entry.kind {
        case .file(let file):
            var position = offset ?? entry.position
            for buffer in buffers where buffer.count > 0 {
                let count = try file.read(into: buffer, at: position)
                total += count
                position += UInt64(count)
                if count < buffer.count { break }
            }
            if offset == nil { entry.position = position }
        case .stream, .socket:
            guard offset == nil, let stream = entry.stream else { throw .illegalSeek }
            for buffer in buffers where buffer.count > 0 {
                let count = try stream.read(into: buffer)
                total += count
                if count < buffer.count { break }
            }
        case .directory: throw .isDirectory
        }
        return UInt32(truncatingIfNeeded: total)
    }

    /// Writes `buffers` at the descriptor's position (or the end, in append mode) or at `offset`;
    /// returns the byte count.
    func write(_ fd: UInt32, _ buffers: [UnsafeMutableRawBufferPointer], at offset: UInt64?) throws(WASIErrno) -> UInt32 {
        let entry = try descriptor(fd, requiring: offset == nil ? .fdWrite : [.fdWrite, .fdSeek])
        var total = 0
        switch entry.kind {
        case .file(let file):
            let append = offset == nil && entry.flags & FDFlags.append != 0
            var position = entry.position
            if let offset { position = offset } else if append { position = try file.stat().size }
            for buffer in buffers where buffer.count > 0 {
                let count = try file.write(UnsafeRawBufferPointer(buffer), at: position)
                total += count
                position += UInt64(count)
                if count < buffer.count { break }
            }
            if offset == nil { entry.position = position }
        case .stream, .socket:
            guard offset == nil, let stream = entry.stream else { throw .illegalSeek }
            for buffer in buffers where buffer.count > 0 {
                total += try stream.write(UnsafeRawBufferPointer(buffer))
            }
        case .directory: throw .isDirectory
        }
        return UInt32(truncatingIfNeeded: total)
    }

    /// Moves a file descriptor's position; returns the new one.
    func seek(_ fd: UInt32, offset: Int64, whence: UInt32) throws(WASIErrno) -> UInt64 {
        // Seeking by 0 from the current position only asks for it: fd_tell's right is enough.
        let tellOnly = offset == 0 && whence == 1
        guard case .file(let file) = try descriptor(fd).kind else {
            throw try descriptor(fd).directory == nil ? .illegalSeek : .badDescriptor
        }
        let entry = try descriptor(fd, requiring: tellOnly ? .fdTell : .fdSeek)
        let base: UInt64
        switch whence {
        case 0: base = 0
        case 1: base = entry.position
        case 2: base = try file.stat().size
        default: throw .invalid
        }
        let target = Int64(clamping: base).addingReportingOverflow(offset)
        guard !target.overflow, target.partialValue >= 0 else { throw .invalid }
        entry.position = UInt64(target.partialValue)
        return entry.position
    }
}

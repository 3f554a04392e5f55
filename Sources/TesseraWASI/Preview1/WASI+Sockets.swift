import TesseraTypes

// sock_*: only on sockets the embedder preopened (and connections accepted from them); any other
// descriptor is `notsock`.

extension WASIPreview1 {
    static let socketSyscalls: [(name: String, parameters: [ValueType], body: Syscall)] = [
        ("sock_accept", [.i32, .i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let socket = try wasi.socket(a.u32(0), requiring: .sockAccept)
            let flags = a.u32(1)
            guard flags & ~UInt32(FDFlags.nonblock) == 0 else { throw .invalid }
            _ = try memory.region(a.u32(2), 4)
            let accepted = try socket.accept(nonblocking: flags != 0)
            let fd = try wasi.insert(Descriptor(.socket(accepted), rights: .socket, flags: UInt16(flags)))
            try memory.store(fd, at: a.u32(2)) }),
        ("sock_recv", [.i32, .i32, .i32, .i32, .i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let socket = try wasi.socket(a.u32(0), requiring: .fdRead)
            let flags = a.u32(3)
            guard flags & ~3 == 0 else { throw .invalid }
            let buffers = try memory.vectors(a.u32(1), a.u32(2))
            _ = try memory.region(a.u32(4), 4)
            _ = try memory.region(a.u32(5), 2)
            let (count, truncated) = try socket.receive(into: buffers, peek: flags & 1 != 0, waitAll: flags & 2 != 0)
            try memory.store(UInt32(truncatingIfNeeded: count), at: a.u32(4))
            try memory.store(UInt16(truncated ? 1 : 0), at: a.u32(5)) }),
        ("sock_send", [.i32, .i32, .i32, .i32, .i32], { wasi, memory, a throws(WASIErrno) in
            let socket = try wasi.socket(a.u32(0), requiring: .fdWrite)
            guard a.u32(3) == 0 else { throw .invalid }
            let buffers = try memory.vectors(a.u32(1), a.u32(2)).map(UnsafeRawBufferPointer.init)
            _ = try memory.region(a.u32(4), 4)
            let count = try socket.send(buffers)
            try memory.store(UInt32(truncatingIfNeeded: count), at: a.u32(4)) }),
        ("sock_shutdown", [.i32, .i32], { wasi, _, a throws(WASIErrno) in
            let socket = try wasi.socket(a.u32(0), requiring: .sockShutdown)
            let how = a.u32(1)
            guard how >= 1, how <= 3 else { throw .invalid }
            try socket.shutdown(read: how & 1 != 0, write: how & 2 != 0) }),
    ]
}

extension WASI {
    /// The socket descriptor `fd` with `rights` (`notsock` for any other kind of descriptor).
    func socket(_ fd: UInt32, requiring rights: WASIRights) throws(WASIErrno) -> any WASISocket {
        guard case .socket(let socket) = try descriptor(fd).kind else { throw .notSocket }
        _ = try descriptor(fd, requiring: rights)
        return socket
    }
}

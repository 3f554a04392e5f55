#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A host socket the embedder preopened (a listening socket, or a connected one), or one `sock_accept`
/// returned. The descriptor is owned: closed when the guest's last reference goes.
public final class HostSocket: WASISocket {
    let fd: Int32

    /// Takes ownership of the host socket descriptor `fd`.
    public init(descriptor fd: Int32) { self.fd = fd }

    deinit { close(fd) }

    public var fileType: WASIFileType {
        var type: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        guard getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &length) == 0 else { return .unknown }
        return type == Int32(SOCK_DGRAM.rawValue) ? .socketDatagram : .socketStream
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) throws(WASIErrno) -> Int {
        try hostCount { hostRead(fd, buffer.baseAddress, buffer.count) }
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws(WASIErrno) -> Int {
        try hostCount { hostSend(fd, bytes.baseAddress, bytes.count, Int32(MSG_NOSIGNAL)) }
    }

    public func readiness(forWriting: Bool) -> WASIReadiness { hostReadiness(of: fd, forWriting: forWriting) }

    public func accept(nonblocking: Bool) throws(WASIErrno) -> any WASISocket {
        let accepted = try hostCall { hostAccept(fd) }
        _ = fcntl(accepted, F_SETFD, FD_CLOEXEC)
        if nonblocking { _ = fcntl(accepted, F_SETFL, fcntl(accepted, F_GETFL) | O_NONBLOCK) }
        return HostSocket(descriptor: accepted)
    }

    public func receive(into buffers: [UnsafeMutableRawBufferPointer], peek: Bool, waitAll: Bool)
        throws(WASIErrno) -> (count: Int, truncated: Bool) {
        var vectors = buffers.map { iovec(iov_base: $0.baseAddress, iov_len: $0.count) }
        var flags: Int32 = 0
        if peek { flags |= Int32(MSG_PEEK) }
        if waitAll { flags |= Int32(MSG_WAITALL) }
        let received = vectors.withUnsafeMutableBufferPointer { vectors in
            Result { () throws(WASIErrno) -> (Int, Bool) in
                var message = msghdr()
                message.msg_iov = vectors.baseAddress
                message.msg_iovlen = vectors.count
                let count = try hostCount { recvmsg(fd, &message, flags) }
                return (count, message.msg_flags & Int32(MSG_TRUNC) != 0)
            }
        }
        return try received.get()
    }

    public func send(_ buffers: [UnsafeRawBufferPointer]) throws(WASIErrno) -> Int {
        var vectors = buffers.map { iovec(iov_base: UnsafeMutableRawPointer(mutating: $0.baseAddress), iov_len: $0.count) }
        let sent = vectors.withUnsafeMutableBufferPointer { vectors in
            Result { () throws(WASIErrno) -> Int in
                var message = msghdr()
                message.msg_iov = vectors.baseAddress
                message.msg_iovlen = vectors.count
                return try hostCount { sendmsg(fd, &message, Int32(MSG_NOSIGNAL)) }
            }
        }
        return try sent.get()
    }

    public func shutdown(read: Bool, write: Bool) throws(WASIErrno) {
        let how = read && write ? Int32(SHUT_RDWR) : read ? Int32(SHUT_RD) : Int32(SHUT_WR)
        try hostCall { hostShutdown(fd, how) }
    }
}

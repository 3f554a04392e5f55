#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A host file descriptor used as a stream: the process's standard streams, or a file opened for
/// standard input/output.
final class HostStream: WASIStream {
    let fd: Int32
    let owned: Bool

    /// Wraps a standard stream of the process (not closed afterwards).
    init(standard fd: Int32) {
        self.fd = fd
        owned = false
    }

    /// Opens a host file (for writing: created or truncated).
    init(opening path: String, forWriting: Bool) throws(WASIErrno) {
        let flags = forWriting ? O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC : O_RDONLY | O_CLOEXEC
        fd = try hostCall { open(path, flags, 0o644) }
        owned = true
    }

    deinit { if owned { close(fd) } }

    var fileType: WASIFileType { hostFileType(of: fd) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws(WASIErrno) -> Int {
        try hostCount { hostRead(fd, buffer.baseAddress, buffer.count) }
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws(WASIErrno) -> Int {
        var written = 0
        while written < bytes.count {
            written += try hostCount { hostWrite(fd, bytes.baseAddress! + written, bytes.count - written) }
        }
        return written
    }

    func readiness(forWriting: Bool) -> WASIReadiness { hostReadiness(of: fd, forWriting: forWriting) }
}

/// The WASI file type of a host descriptor.
func hostFileType(of fd: Int32) -> WASIFileType {
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .unknown }
    return WASIFileType(hostMode: info.st_mode)
}

/// Whether a host descriptor is ready, without waiting.
func hostReadiness(of fd: Int32, forWriting: Bool) -> WASIReadiness {
    var entry = pollfd(fd: fd, events: Int16(forWriting ? POLLOUT : POLLIN), revents: 0)
    guard poll(&entry, 1, 0) > 0 else { return .waitOnHost(fd) }
    if entry.revents & Int16(POLLHUP) != 0 && entry.revents & Int16(POLLIN) == 0 { return .hangup }
    return .ready(1)
}

extension WASIFileType {
    /// The type of a host `st_mode`.
    init(hostMode mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regularFile
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symbolicLink
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socketStream
        default: self = .unknown
        }
    }
}

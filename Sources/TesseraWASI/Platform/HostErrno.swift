#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// The only place that translates the host's errno into WASI's.

extension WASIErrno {
    /// The WASI error for the host's current `errno`.
    static var fromHost: WASIErrno { WASIErrno(hostErrno: errno) }

    /// The WASI error for a host errno value (`io` for anything without a counterpart).
    init(hostErrno code: Int32) {
        switch code {
        case E2BIG: self = .tooBig
        case EACCES: self = .access
        case EADDRINUSE: self = .addressInUse
        case EADDRNOTAVAIL: self = .addressNotAvailable
        case EAFNOSUPPORT: self = .addressFamilyNotSupported
        case EAGAIN: self = .again
        case EALREADY: self = .already
        case EBADF: self = .badDescriptor
        case EBUSY: self = .busy
        case ECONNABORTED: self = .connectionAborted
        case ECONNREFUSED: self = .connectionRefused
        case ECONNRESET: self = .connectionReset
        case EDQUOT: self = .diskQuota
        case EEXIST: self = .exist
        case EFAULT: self = .fault
        case EFBIG: self = .fileTooBig
        case EHOSTUNREACH: self = .hostUnreachable
        case EILSEQ: self = .illegalSequence
        case EINPROGRESS: self = .inProgress
        case EINTR: self = .interrupted
        case EINVAL: self = .invalid
        case EISCONN: self = .isConnected
        case EISDIR: self = .isDirectory
        case ELOOP: self = .loop
        case EMFILE: self = .tooManyFiles
        case EMLINK: self = .tooManyLinks
        case EMSGSIZE: self = .messageSize
        case ENAMETOOLONG: self = .nameTooLong
        case ENETDOWN: self = .networkDown
        case ENETUNREACH: self = .networkUnreachable
        case ENFILE: self = .tooManyFilesInSystem
        case ENOBUFS: self = .noBuffers
        case ENODEV: self = .noDevice
        case ENOENT: self = .noEntry
        case ENOMEM: self = .noMemory
        case ENOSPC: self = .noSpace
        case ENOSYS: self = .notImplemented
        case ENOTCONN: self = .notConnected
        case ENOTDIR: self = .notDirectory
        case ENOTEMPTY: self = .notEmpty
        case ENOTSOCK: self = .notSocket
        case EOPNOTSUPP: self = .notSupported
        case ENOTTY: self = .notTTY
        case ENXIO: self = .noDeviceOrAddress
        case EOVERFLOW: self = .overflow
        case EPERM: self = .permission
        case EPIPE: self = .pipe
        case ERANGE: self = .range
        case EROFS: self = .readOnlyFileSystem
        case ESPIPE: self = .illegalSeek
        case ETIMEDOUT: self = .timedOut
        case ETXTBSY: self = .textBusy
        case EXDEV: self = .crossDevice
        default: self = .io
        }
    }
}

/// Runs a host call that returns -1 on failure, retrying on EINTR; throws the WASI error.
@discardableResult
func hostCall(_ body: () -> Int32) throws(WASIErrno) -> Int32 {
    while true {
        let result = body()
        if result >= 0 { return result }
        if errno != EINTR { throw WASIErrno.fromHost }
    }
}

/// Like `hostCall`, for calls returning a byte count.
func hostCount(_ body: () -> Int) throws(WASIErrno) -> Int {
    while true {
        let result = body()
        if result >= 0 { return result }
        if errno != EINTR { throw WASIErrno.fromHost }
    }
}

/// `read(2)`, under a name methods called `read` do not shadow.
func hostRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int { read(fd, buffer, count) }

/// `write(2)`, under a name methods called `write` do not shadow.
func hostWrite(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, bytes, count) }

/// `stat(2)` results as WASI metadata.
func wasiStat(_ info: stat) -> WASIFileStat {
    func nanoseconds(_ spec: timespec) -> UInt64 {
        UInt64(max(spec.tv_sec, 0)) &* 1_000_000_000 &+ UInt64(max(spec.tv_nsec, 0))
    }
    return WASIFileStat(device: UInt64(info.st_dev), inode: UInt64(info.st_ino), type: WASIFileType(hostMode: info.st_mode),
                        linkCount: UInt64(info.st_nlink), size: UInt64(max(info.st_size, 0)),
                        accessTime: nanoseconds(info.st_atim), modificationTime: nanoseconds(info.st_mtim),
                        changeTime: nanoseconds(info.st_ctim))
}

/// A `utimensat` time pair for two changes.
func hostTimes(_ access: WASITimeChange, _ modification: WASITimeChange) -> [timespec] {
    func spec(_ change: WASITimeChange) -> timespec {
        switch change {
        // UTIME_OMIT and UTIME_NOW (Linux values; the macros are not imported).
        case .keep: timespec(tv_sec: 0, tv_nsec: (1 << 30) - 2)
        case .now: timespec(tv_sec: 0, tv_nsec: (1 << 30) - 1)
        case .set(let ns): timespec(tv_sec: Int(ns / 1_000_000_000), tv_nsec: Int(ns % 1_000_000_000))
        }
    }
    return [spec(access), spec(modification)]
}

/// The host's `struct stat`, under a name methods called `stat` do not shadow.
typealias HostStatRecord = stat

/// `shutdown(2)`, under a name methods called `shutdown` do not shadow.
func hostShutdown(_ fd: Int32, _ how: Int32) -> Int32 { shutdown(fd, how) }

/// `send(2)`, under a name methods called `send` do not shadow.
func hostSend(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int, _ flags: Int32) -> Int { send(fd, bytes, count, flags) }

/// `accept(2)`, under a name methods called `accept` do not shadow.
func hostAccept(_ fd: Int32) -> Int32 { accept(fd, nil, nil) }

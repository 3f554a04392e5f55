#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A host directory, held open by descriptor. Every operation names a single entry relative to that
/// descriptor (`*at` calls with `AT_SYMLINK_NOFOLLOW` / `O_NOFOLLOW`), so nothing outside is reachable.
public final class HostDirectory: WASIDirectory {
    let fd: Int32

    /// Opens the host directory at `path`.
    public init(path: String) throws(WASIErrno) {
        fd = try hostCall { open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
    }

    init(fd: Int32) { self.fd = fd }

    deinit { close(fd) }

    public func stat() throws(WASIErrno) -> WASIFileStat {
        var info = HostStatRecord()
        try hostCall { fstat(fd, &info) }
        return wasiStat(info)
    }

    public func setTimes(access: WASITimeChange, modification: WASITimeChange) throws(WASIErrno) {
        let times = hostTimes(access, modification)
        try hostCall { futimens(fd, times) }
    }

    public func stat(_ name: String) throws(WASIErrno) -> WASIFileStat {
        var info = HostStatRecord()
        try hostCall { fstatat(fd, name, &info, AT_SYMLINK_NOFOLLOW) }
        return wasiStat(info)
    }

    public func setTimes(_ name: String, access: WASITimeChange, modification: WASITimeChange) throws(WASIErrno) {
        let times = hostTimes(access, modification)
        try hostCall { utimensat(fd, name, times, AT_SYMLINK_NOFOLLOW) }
    }

    public func openDirectory(_ name: String) throws(WASIErrno) -> any WASIDirectory {
        HostDirectory(fd: try hostCall { openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) })
    }

    public func openFile(_ name: String, options: WASIOpenOptions) throws(WASIErrno) -> any WASIFile {
        var flags = O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK
        flags |= options.write ? (options.read ? O_RDWR : O_WRONLY) : O_RDONLY
        if options.create { flags |= O_CREAT }
        if options.exclusive { flags |= O_EXCL }
        if options.truncate { flags |= O_TRUNC }
        let opened = try hostCall { openat(fd, name, flags, 0o644) }
        var info = HostStatRecord()
        // Only regular files: a FIFO or device inside a preopened directory is not reachable.
        guard fstat(opened, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            let isDirectory = info.st_mode & S_IFMT == S_IFDIR
            close(opened)
            throw isDirectory ? .isDirectory : .notSupported
        }
        _ = fcntl(opened, F_SETFL, fcntl(opened, F_GETFL) & ~O_NONBLOCK)
        return HostFile(fd: opened)
    }

    public func createDirectory(_ name: String) throws(WASIErrno) { try hostCall { mkdirat(fd, name, 0o755) } }

    public func removeDirectory(_ name: String) throws(WASIErrno) { try hostCall { unlinkat(fd, name, AT_REMOVEDIR) } }

    public func unlinkFile(_ name: String) throws(WASIErrno) {
        // Linux reports EISDIR for a directory; keep that (POSIX allows EPERM).
        try hostCall { unlinkat(fd, name, 0) }
    }

    public func readLink(_ name: String) throws(WASIErrno) -> String {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = try hostCount { buffer.withUnsafeMutableBytes { readlinkat(fd, name, $0.baseAddress!, $0.count) } }
        return String(decoding: buffer[..<count], as: UTF8.self)
    }

    public func createSymlink(_ name: String, target: String) throws(WASIErrno) {
        try hostCall { symlinkat(target, fd, name) }
    }

    public func rename(_ name: String, to directory: any WASIDirectory, as newName: String) throws(WASIErrno) {
        guard let other = directory as? HostDirectory else { throw .crossDevice }
        try hostCall { renameat(fd, name, other.fd, newName) }
    }

    public func link(_ name: String, to directory: any WASIDirectory, as newName: String) throws(WASIErrno) {
        guard let other = directory as? HostDirectory else { throw .crossDevice }
        try hostCall { linkat(fd, name, other.fd, newName, 0) }
    }

    public func entries() throws(WASIErrno) -> [WASIDirectoryEntry] {
        let copy = try hostCall { openat(fd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        guard let stream = fdopendir(copy) else {
            close(copy)
            throw .fromHost
        }
        defer { closedir(stream) }
        var result: [WASIDirectoryEntry] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let type: WASIFileType = switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): .regularFile
            case Int32(DT_DIR): .directory
            case Int32(DT_LNK): .symbolicLink
            case Int32(DT_CHR): .characterDevice
            case Int32(DT_BLK): .blockDevice
            case Int32(DT_SOCK): .socketStream
            default: (try? stat(name).type) ?? .unknown
            }
            result.append(WASIDirectoryEntry(name: name, type: type, inode: UInt64(entry.pointee.d_ino)))
        }
        return result.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    public func sync() throws(WASIErrno) { try hostCall { fsync(fd) } }
}

/// A host regular file, held open by descriptor.
final class HostFile: WASIFile {
    let fd: Int32

    init(fd: Int32) { self.fd = fd }

    deinit { close(fd) }

    func stat() throws(WASIErrno) -> WASIFileStat {
        var info = HostStatRecord()
        try hostCall { fstat(fd, &info) }
        return wasiStat(info)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64) throws(WASIErrno) -> Int {
        guard offset <= UInt64(Int64.max) else { throw .invalid }
        return try hostCount { pread(fd, buffer.baseAddress, buffer.count, off_t(offset)) }
    }

    func write(_ bytes: UnsafeRawBufferPointer, at offset: UInt64) throws(WASIErrno) -> Int {
        guard offset <= UInt64(Int64.max) - UInt64(bytes.count) else { throw .fileTooBig }
        return try hostCount { pwrite(fd, bytes.baseAddress, bytes.count, off_t(offset)) }
    }

    func setSize(_ size: UInt64) throws(WASIErrno) {
        guard size <= UInt64(Int64.max) else { throw .fileTooBig }
        try hostCall { ftruncate(fd, off_t(size)) }
    }

    func setTimes(access: WASITimeChange, modification: WASITimeChange) throws(WASIErrno) {
        let times = hostTimes(access, modification)
        try hostCall { futimens(fd, times) }
    }

    func sync(metadata: Bool) throws(WASIErrno) {
        try hostCall { metadata ? fsync(fd) : fdatasync(fd) }
    }
}

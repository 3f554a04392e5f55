// The filesystem the preview-1 functions work on, as protocols: the WASI logic resolves paths itself
// (one component at a time, `..` and symbolic links included), so an implementation only ever sees a
// single entry name inside a directory it was handed, and the sandbox is enforced in one place
// (`PathResolver`). Two implementations: host directories (Platform/) and `MemoryFileSystem`.

/// The metadata of a file or directory (`filestat`). Times are nanoseconds since the Unix epoch.
public struct WASIFileStat: Sendable, Hashable {
    public var device: UInt64
    public var inode: UInt64
    public var type: WASIFileType
    public var linkCount: UInt64
    public var size: UInt64
    public var accessTime: UInt64
    public var modificationTime: UInt64
    public var changeTime: UInt64

    /// Creates a stat record.
    public init(device: UInt64 = 0, inode: UInt64 = 0, type: WASIFileType, linkCount: UInt64 = 1,
                size: UInt64 = 0, accessTime: UInt64 = 0, modificationTime: UInt64 = 0, changeTime: UInt64 = 0) {
        self.device = device
        self.inode = inode
        self.type = type
        self.linkCount = linkCount
        self.size = size
        self.accessTime = accessTime
        self.modificationTime = modificationTime
        self.changeTime = changeTime
    }
}

/// How a `*_set_times` call changes one timestamp.
public enum WASITimeChange: Sendable, Hashable {
    /// Leave it.
    case keep
    /// Set it to the current time.
    case now
    /// Set it to nanoseconds since the Unix epoch.
    case set(UInt64)
}

/// One directory entry: its name, type and inode (`dirent` without the cookie).
public struct WASIDirectoryEntry: Sendable, Hashable {
    public var name: String
    public var type: WASIFileType
    public var inode: UInt64

    /// Creates an entry.
    public init(name: String, type: WASIFileType, inode: UInt64) {
        self.name = name
        self.type = type
        self.inode = inode
    }
}

/// What opening a file asks for.
public struct WASIOpenOptions: Sendable, Hashable {
    public var read: Bool
    public var write: Bool
    /// Create the file if it does not exist.
    public var create: Bool
    /// With `create`: fail with `exist` if it does exist.
    public var exclusive: Bool
    /// Truncate to zero length.
    public var truncate: Bool

    /// Creates options.
    public init(read: Bool = true, write: Bool = false, create: Bool = false, exclusive: Bool = false,
                truncate: Bool = false) {
        self.read = read
        self.write = write
        self.create = create
        self.exclusive = exclusive
        self.truncate = truncate
    }
}

/// An open directory. Every `name` is one path component (never empty, `.`, `..` or containing `/`),
/// and no method follows a symbolic link named `name`: opening one fails with `loop` or `notDirectory`.
public protocol WASIDirectory: AnyObject {
    /// The directory's own metadata.
    func stat() throws(WASIErrno) -> WASIFileStat
    /// Changes the directory's own timestamps.
    func setTimes(access: WASITimeChange, modification: WASITimeChange) throws(WASIErrno)
    /// The metadata of entry `name` (a symbolic link is described, not followed).
    func stat(_ name: String) throws(WASIErrno) -> WASIFileStat
    /// Changes the timestamps of entry `name` (a symbolic link itself, not its target).
    func setTimes(_ name: String, access: WASITimeChange, modification: WASITimeChange) throws(WASIErrno)
    /// Opens the subdirectory `name`.
    func openDirectory(_ name: String) throws(WASIErrno) -> any WASIDirectory
    /// Opens (or creates) the regular file `name`.
    func openFile(_ name: String, options: WASIOpenOptions) throws(WASIErrno) -> any WASIFile
    /// Creates the subdirectory `name`.
    func createDirectory(_ name: String) throws(WASIErrno)
    /// Removes the empty subdirectory `name`.
    func removeDirectory(_ name: String) throws(WASIErrno)
    /// Removes the non-directory entry `name`.
    func unlinkFile(_ name: String) throws(WASIErrno)
    /// The target of the symbolic link `name`.
    func readLink(_ name: String) throws(WASIErrno) -> String
    /// Creates a symbolic link `name` whose contents are `target`.
    func createSymlink(_ name: String, target: String) throws(WASIErrno)
    /// Moves entry `name` to `newName` in `directory` (of the same filesystem, else `crossDevice`).
    func rename(_ name: String, to directory: any WASIDirectory, as newName: String) throws(WASIErrno)
    /// Adds a hard link `newName` in `directory` to the file `name`.
    func link(_ name: String, to directory: any WASIDirectory, as newName: String) throws(WASIErrno)
    /// The entries, without `.` and `..`, in a stable order.
    func entries() throws(WASIErrno) -> [WASIDirectoryEntry]
    /// Flushes the directory to storage.
    func sync() throws(WASIErrno)
}

/// An open regular file. Reads and writes are positional: the descriptor keeps the offset.
public protocol WASIFile: AnyObject {
    /// The file's metadata.
    func stat() throws(WASIErrno) -> WASIFileStat
    /// Reads up to `buffer.count` bytes at `offset`; returns how many (0 at the end).
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: UInt64) throws(WASIErrno) -> Int
    /// Writes `bytes` at `offset` (extending the file); returns how many were written.
    func write(_ bytes: UnsafeRawBufferPointer, at offset: UInt64) throws(WASIErrno) -> Int
    /// Truncates or extends (with zeros) the file to `size` bytes.
    func setSize(_ size: UInt64) throws(WASIErrno)
    /// Changes the file's timestamps.
    func setTimes(access: WASITimeChange, modification: WASITimeChange) throws(WASIErrno)
    /// Flushes data (and with `metadata`, metadata) to storage.
    func sync(metadata: Bool) throws(WASIErrno)
}

/// Whether a stream can be read or written without blocking.
public enum WASIReadiness: Sendable, Hashable {
    /// Ready now, with about this many bytes available (reads) or writable (writes).
    case ready(UInt64)
    /// Ready now, because the other end hung up.
    case hangup
    /// Not ready; a host file descriptor to wait on.
    case waitOnHost(Int32)
}

/// A sequential byte stream: standard input/output/error, a pipe, a socket.
public protocol WASIStream: AnyObject {
    /// The file type `fd_fdstat_get` reports.
    var fileType: WASIFileType { get }
    /// Reads up to `buffer.count` bytes; 0 means the end of the stream.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws(WASIErrno) -> Int
    /// Writes bytes; returns how many were written.
    func write(_ bytes: UnsafeRawBufferPointer) throws(WASIErrno) -> Int
    /// Whether a read (or, with `forWriting`, a write) would not block.
    func readiness(forWriting: Bool) -> WASIReadiness
}

/// A socket the embedder preopened (`sock_*` functions). Reads and writes work like a stream.
public protocol WASISocket: WASIStream {
    /// Accepts a connection on a listening socket.
    func accept(nonblocking: Bool) throws(WASIErrno) -> any WASISocket
    /// Receives into `buffers`; `peek` and `waitAll` are the `riflags`. Returns bytes received and
    /// whether the data was truncated.
    func receive(into buffers: [UnsafeMutableRawBufferPointer], peek: Bool, waitAll: Bool)
        throws(WASIErrno) -> (count: Int, truncated: Bool)
    /// Sends the bytes of `buffers`; returns how many were sent.
    func send(_ buffers: [UnsafeRawBufferPointer]) throws(WASIErrno) -> Int
    /// Shuts down reading and/or writing.
    func shutdown(read: Bool, write: Bool) throws(WASIErrno)
}

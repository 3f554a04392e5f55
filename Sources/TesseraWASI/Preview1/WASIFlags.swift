// Bit flags and enumerations of `wasi_snapshot_preview1.witx`, as the guest encodes them.

/// The type of a file descriptor or file (`filetype`, one byte).
public enum WASIFileType: UInt8, Sendable {
    case unknown = 0
    case blockDevice = 1
    case characterDevice = 2
    case directory = 3
    case regularFile = 4
    case socketDatagram = 5
    case socketStream = 6
    case symbolicLink = 7
}

/// File descriptor rights (`rights`, 64 bits).
public struct WASIRights: OptionSet, Sendable, Hashable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    public static let fdDatasync = WASIRights(rawValue: 1 << 0)
    public static let fdRead = WASIRights(rawValue: 1 << 1)
    public static let fdSeek = WASIRights(rawValue: 1 << 2)
    public static let fdFdstatSetFlags = WASIRights(rawValue: 1 << 3)
    public static let fdSync = WASIRights(rawValue: 1 << 4)
    public static let fdTell = WASIRights(rawValue: 1 << 5)
    public static let fdWrite = WASIRights(rawValue: 1 << 6)
    public static let fdAdvise = WASIRights(rawValue: 1 << 7)
    public static let fdAllocate = WASIRights(rawValue: 1 << 8)
    public static let pathCreateDirectory = WASIRights(rawValue: 1 << 9)
    public static let pathCreateFile = WASIRights(rawValue: 1 << 10)
    public static let pathLinkSource = WASIRights(rawValue: 1 << 11)
    public static let pathLinkTarget = WASIRights(rawValue: 1 << 12)
    public static let pathOpen = WASIRights(rawValue: 1 << 13)
    public static let fdReaddir = WASIRights(rawValue: 1 << 14)
    public static let pathReadlink = WASIRights(rawValue: 1 << 15)
    public static let pathRenameSource = WASIRights(rawValue: 1 << 16)
    public static let pathRenameTarget = WASIRights(rawValue: 1 << 17)
    public static let pathFilestatGet = WASIRights(rawValue: 1 << 18)
    public static let pathFilestatSetSize = WASIRights(rawValue: 1 << 19)
    public static let pathFilestatSetTimes = WASIRights(rawValue: 1 << 20)
    public static let fdFilestatGet = WASIRights(rawValue: 1 << 21)
    public static let fdFilestatSetSize = WASIRights(rawValue: 1 << 22)
    public static let fdFilestatSetTimes = WASIRights(rawValue: 1 << 23)
    public static let pathSymlink = WASIRights(rawValue: 1 << 24)
    public static let pathRemoveDirectory = WASIRights(rawValue: 1 << 25)
    public static let pathUnlinkFile = WASIRights(rawValue: 1 << 26)
    public static let pollFdReadwrite = WASIRights(rawValue: 1 << 27)
    public static let sockShutdown = WASIRights(rawValue: 1 << 28)
    public static let sockAccept = WASIRights(rawValue: 1 << 29)

    /// Every right an open regular file can have.
    public static let regularFile: WASIRights = [
        .fdDatasync, .fdRead, .fdSeek, .fdFdstatSetFlags, .fdSync, .fdTell, .fdWrite, .fdAdvise, .fdAllocate,
        .fdFilestatGet, .fdFilestatSetSize, .fdFilestatSetTimes, .pollFdReadwrite,
    ]
    /// Every right an open directory can have.
    public static let directory: WASIRights = [
        .fdFdstatSetFlags, .fdSync, .fdAdvise, .pathCreateDirectory, .pathCreateFile, .pathLinkSource,
        .pathLinkTarget, .pathOpen, .fdReaddir, .pathReadlink, .pathRenameSource, .pathRenameTarget,
        .pathFilestatGet, .pathFilestatSetSize, .pathFilestatSetTimes, .fdFilestatGet, .fdFilestatSetTimes,
        .pathSymlink, .pathRemoveDirectory, .pathUnlinkFile,
    ]
    /// The rights of a stream (standard input/output, pipes, sockets).
    public static let stream: WASIRights = [.fdRead, .fdWrite, .fdFdstatSetFlags, .fdFilestatGet, .pollFdReadwrite]
    /// The rights of a socket.
    public static let socket: WASIRights = stream.union([.sockShutdown, .sockAccept])
}

/// Descriptor flags (`fdflags`, 16 bits).
enum FDFlags {
    static let append: UInt16 = 1
    static let dsync: UInt16 = 2
    static let nonblock: UInt16 = 4
    static let rsync: UInt16 = 8
    static let sync: UInt16 = 16
    static let all: UInt16 = 31
}

/// `path_open` flags (`oflags`, 16 bits).
enum OpenFlags {
    static let create: UInt16 = 1
    static let directory: UInt16 = 2
    static let exclusive: UInt16 = 4
    static let truncate: UInt16 = 8
}

/// `fstflags`: which timestamps `*_set_times` changes.
enum TimeFlags {
    static let accessTime: UInt16 = 1
    static let accessNow: UInt16 = 2
    static let modifyTime: UInt16 = 4
    static let modifyNow: UInt16 = 8
}

/// `lookupflags`.
enum LookupFlags {
    static let followSymlinks: UInt32 = 1
}

/// Clock identifiers (`clockid`).
public enum WASIClockID: UInt32, Sendable {
    case realtime = 0
    case monotonic = 1
    case processCPUTime = 2
    case threadCPUTime = 3
}

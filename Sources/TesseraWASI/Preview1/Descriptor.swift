/// An entry of a WASI instance's descriptor table: what is open, its rights, flags and offset.
final class Descriptor {
    enum Kind {
        case file(any WASIFile)
        /// A directory; `guestPath` is the name a preopened directory has for the guest.
        case directory(any WASIDirectory, guestPath: String?)
        case stream(any WASIStream)
        case socket(any WASISocket)
    }

    let kind: Kind
    var rights: WASIRights
    var inheriting: WASIRights
    var flags: UInt16
    /// The offset of the next `fd_read`/`fd_write` (files only).
    var position: UInt64 = 0

    init(_ kind: Kind, rights: WASIRights, inheriting: WASIRights = [], flags: UInt16 = 0) {
        self.kind = kind
        self.rights = rights
        self.inheriting = inheriting
        self.flags = flags
    }

    /// The type `fd_fdstat_get` reports.
    var fileType: WASIFileType {
        switch kind {
        case .file: .regularFile
        case .directory: .directory
        case .stream(let s): s.fileType
        case .socket(let s): s.fileType
        }
    }

    /// The stream of a stream or socket descriptor.
    var stream: (any WASIStream)? {
        switch kind {
        case .stream(let stream): stream
        case .socket(let socket): socket
        default: nil
        }
    }

    var directory: (any WASIDirectory)? {
        if case .directory(let d, _) = kind { d } else { nil }
    }
}

extension WASI {
    /// The descriptor `fd`, checked to hold `rights`. A missing `fdRead`/`fdWrite` right is `badf` (as
    /// POSIX reports writing a read-only file); any other missing right is `notcapable`.
    func descriptor(_ fd: UInt32, requiring required: WASIRights = []) throws(WASIErrno) -> Descriptor {
        guard let entry = descriptors[fd] else { throw .badDescriptor }
        let missing = required.subtracting(entry.rights)
        if !missing.isEmpty {
            throw missing.isDisjoint(with: [.fdRead, .fdWrite]) ? .notCapable : .badDescriptor
        }
        return entry
    }

    /// The directory descriptor `fd` with `rights` (`notdir` when it is not a directory).
    func directory(_ fd: UInt32, requiring required: WASIRights) throws(WASIErrno) -> any WASIDirectory {
        guard let entry = descriptors[fd] else { throw .badDescriptor }
        guard let directory = entry.directory else { throw .notDirectory }
        return try descriptor(fd, requiring: required).directory ?? directory
    }

    /// Adds `descriptor` at the lowest free number.
    func insert(_ descriptor: Descriptor) throws(WASIErrno) -> UInt32 {
        guard descriptors.count < maxDescriptors else { throw .tooManyFiles }
        var fd: UInt32 = 0
        while descriptors[fd] != nil { fd += 1 }
        descriptors[fd] = descriptor
        return fd
    }
}

/// Where a WASI instance's standard input comes from.
public enum WASIInput {
    /// The host process's standard input.
    case inherit
    /// These bytes, then end of file.
    case bytes([UInt8])
    /// A host file, opened for reading when the `WASI` context is made.
    case file(String)
    /// A stream of the embedder's own.
    case stream(any WASIStream)
    /// Immediately at end of file.
    case empty
}

/// Where a WASI instance's standard output or error goes.
public enum WASIOutput {
    /// The host process's stream.
    case inherit
    /// An in-memory buffer the embedder reads afterwards (`WASI.output(_:)`).
    case buffer
    /// A host file, created or truncated when the `WASI` context is made.
    case file(String)
    /// A stream of the embedder's own.
    case stream(any WASIStream)
    /// Discarded.
    case discard
}

/// Everything a guest may see: arguments, environment, standard streams, preopened directories and
/// sockets. Nothing else of the host is reachable.
///
/// ```swift
/// var wasi = WASIConfiguration()
/// wasi.arguments = ["app.wasm", "--verbose"]
/// wasi.environment = ["HOME": "/home"]
/// wasi.preopen(host: "/tmp/data", guest: "/data")
/// wasi.stdout = .buffer
/// ```
public struct WASIConfiguration {
    /// `argv`, program name first.
    public var arguments: [String] = []
    /// Environment variables, passed in name order.
    public var environment: [String: String] = [:]
    /// Standard input (fd 0); empty by default.
    public var stdin: WASIInput = .empty
    /// Standard output (fd 1); the host's by default.
    public var stdout: WASIOutput = .inherit
    /// Standard error (fd 2); the host's by default.
    public var stderr: WASIOutput = .inherit
    /// The clocks, random source and waiting (nil: the host's).
    public var system: (any WASISystem)?
    /// The most descriptors the guest may have open at once.
    public var maxOpenDescriptors = 1024

    /// A directory or socket made available to the guest before it starts (fd 3 onwards, in order).
    public enum Preopen {
        /// A host folder, opened when the `WASI` context is made.
        case hostDirectory(path: String, guestPath: String)
        /// A directory implementation (e.g. an in-memory filesystem's root).
        case directory(any WASIDirectory, guestPath: String)
        /// A socket.
        case socket(any WASISocket)
    }

    /// The preopens in descriptor order.
    public private(set) var preopens: [Preopen] = []

    /// Creates an empty configuration: no arguments, environment or preopens, empty standard input,
    /// standard output and error inherited.
    public init() {}

    /// Makes the host directory `host` reachable as `guest` (and everything under it, nothing above).
    public mutating func preopen(host: String, guest: String) {
        preopens.append(.hostDirectory(path: host, guestPath: guest))
    }

    /// Makes the root of an in-memory filesystem reachable as `guest`.
    public mutating func preopen(_ fileSystem: MemoryFileSystem, guest: String) {
        preopens.append(.directory(fileSystem.root, guestPath: guest))
    }

    /// Makes any directory implementation reachable as `guest`.
    public mutating func preopen(_ directory: any WASIDirectory, guest: String) {
        preopens.append(.directory(directory, guestPath: guest))
    }

    /// Makes a socket available to the guest (for `sock_accept`, `sock_recv`, `sock_send`).
    public mutating func preopen(socket: any WASISocket) {
        preopens.append(.socket(socket))
    }
}

/// Errors setting up a WASI context (the guest never sees these).
public struct WASIError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var message: String

    /// Creates an error.
    public init(_ message: String) { self.message = message }

    public var description: String { message }
}

/// Thrown by `proc_exit` through the runtime to unwind the guest; `WASI.start(_:)` turns it into the
/// exit code. Embedders calling exports themselves see it as a trap and find the code in
/// `WASI.exitCode`.
public struct WASIExit: Error, Hashable, Sendable, CustomStringConvertible {
    /// The guest's exit code.
    public var code: Int32

    public var description: String { "exit with code \(code)" }
}

public import TesseraRuntime
public import TesseraTypes

/// WASI preview 1 (`wasi_snapshot_preview1`) facts.
public enum WASIPreview1 {
    /// The import module name every preview-1 function lives in.
    public static let moduleName = "wasi_snapshot_preview1"
}

/// A WASI preview-1 context: the guest's view of the host (arguments, environment, descriptors) and
/// the host functions that serve it. One context serves one instance.
///
/// ```swift
/// let wasi = try WASI(configuration)
/// var linker = Linker()
/// try wasi.define(in: &linker)
/// let instance = try linker.instantiate(module, in: store)
/// let exitCode = try wasi.start(instance)
/// ```
public final class WASI {
    let arguments: [[UInt8]]
    let environment: [[UInt8]]
    let system: any WASISystem
    let maxDescriptors: Int
    var descriptors: [UInt32: Descriptor] = [:]
    var buffers: [UInt32: MemoryOutputStream] = [:]

    /// The code the guest passed to `proc_exit`, once it has (reset by `start(_:)`).
    public internal(set) var exitCode: Int32?

    /// Opens the standard streams and preopens of `configuration`. Throws `WASIError` when a host
    /// directory or file cannot be opened.
    public init(_ configuration: WASIConfiguration) throws(WASIError) {
        arguments = configuration.arguments.map { Array($0.utf8) }
        environment = configuration.environment.sorted { $0.key < $1.key }.map { Array("\($0.key)=\($0.value)".utf8) }
        system = configuration.system ?? HostSystem()
        maxDescriptors = max(configuration.maxOpenDescriptors, 3 + configuration.preopens.count)
        descriptors[0] = Descriptor(.stream(try Self.input(configuration.stdin)), rights: .stream)
        descriptors[1] = Descriptor(.stream(try output(configuration.stdout, fd: 1)), rights: .stream)
        descriptors[2] = Descriptor(.stream(try output(configuration.stderr, fd: 2)), rights: .stream)
        var next: UInt32 = 3
        for preopen in configuration.preopens {
            switch preopen {
            case .hostDirectory(let path, let guestPath):
                let directory: HostDirectory
                do { directory = try HostDirectory(path: path) } catch {
                    throw WASIError("cannot open directory '\(path)' to preopen as '\(guestPath)': \(error)")
                }
                descriptors[next] = Self.preopened(directory, guestPath)
            case .directory(let directory, let guestPath):
                descriptors[next] = Self.preopened(directory, guestPath)
            case .socket(let socket):
                descriptors[next] = Descriptor(.socket(socket), rights: .socket)
            }
            next += 1
        }
    }

    static func preopened(_ directory: any WASIDirectory, _ guestPath: String) -> Descriptor {
        Descriptor(.directory(directory, guestPath: guestPath), rights: .directory,
                   inheriting: WASIRights.directory.union(.regularFile))
    }

    static func input(_ input: WASIInput) throws(WASIError) -> any WASIStream {
        switch input {
        case .inherit: return HostStream(standard: 0)
        case .bytes(let bytes): return MemoryInputStream(bytes)
        case .empty: return MemoryInputStream([])
        case .stream(let stream): return stream
        case .file(let path):
            do { return try HostStream(opening: path, forWriting: false) } catch {
                throw WASIError("cannot open '\(path)' for standard input: \(error)")
            }
        }
    }

    func output(_ output: WASIOutput, fd: UInt32) throws(WASIError) -> any WASIStream {
        switch output {
        case .inherit: return HostStream(standard: Int32(fd))
        case .buffer:
            let buffer = MemoryOutputStream()
            buffers[fd] = buffer
            return buffer
        case .discard: return MemoryOutputStream(discarding: true)
        case .stream(let stream): return stream
        case .file(let path):
            do { return try HostStream(opening: path, forWriting: true) } catch {
                throw WASIError("cannot open '\(path)' for output: \(error)")
            }
        }
    }

    /// What the guest wrote so far to standard output (`fd` 1) or error (`fd` 2) configured as
    /// `.buffer`; nil for other configurations.
    public func output(_ fd: Int) -> [UInt8]? {
        buffers[UInt32(truncatingIfNeeded: fd)]?.bytes
    }

    /// Runs a command's `_start` (or, for a reactor, `_initialize`) and returns its exit code: 0 when
    /// it returns, the `proc_exit` code when it exits. Traps and other errors are rethrown.
    @discardableResult
    public func start(_ instance: Instance) throws(WasmError) -> Int32 {
        exitCode = nil
        let entry = instance.function("_start") ?? instance.function("_initialize")
        guard let entry else {
            throw WasmError(.unlinkable, "the module exports neither _start nor _initialize")
        }
        guard entry.type.parameters.isEmpty, entry.type.results.isEmpty else {
            throw WasmError(.unlinkable, "the module's entry point must take and return nothing")
        }
        do {
            try entry.call()
            return 0
        } catch {
            if let exitCode { return exitCode }
            throw error
        }
    }

    /// Runs `_initialize` if the module exports one (reactors), before calling other exports.
    public func initialize(_ instance: Instance) throws(WasmError) {
        exitCode = nil
        guard let entry = instance.function("_initialize") else { return }
        try entry.call()
    }
}

import TesseraRuntime
import TesseraText
import TesseraTypes
@testable import TesseraWASI

/// A module that re-exports every preview-1 function under its own name, so a test can call WASI
/// functions directly with chosen arguments and inspect the guest's memory (one 64 KiB page).
final class Guest {
    let wasi: WASI
    let instance: Instance
    let memory: Memory
    /// Where `put` places the next string.
    var heap = 32_768

    static let proxy: String = {
        var text = "(module\n"
        for syscall in WASIPreview1.syscalls {
            let params = syscall.parameters.map { "\($0)" }.joined(separator: " ")
            text += "  (import \"wasi_snapshot_preview1\" \"\(syscall.name)\" (func $\(syscall.name) (param \(params)) (result i32)))\n"
        }
        text += "  (import \"wasi_snapshot_preview1\" \"proc_exit\" (func $proc_exit (param i32)))\n"
        text += "  (memory (export \"memory\") 1)\n"
        for syscall in WASIPreview1.syscalls {
            let params = syscall.parameters.map { "\($0)" }.joined(separator: " ")
            let gets = syscall.parameters.indices.map { "(local.get \($0))" }.joined(separator: " ")
            text += "  (func (export \"\(syscall.name)\") (param \(params)) (result i32) (call $\(syscall.name) \(gets)))\n"
        }
        text += "  (func (export \"proc_exit\") (param i32) (call $proc_exit (local.get 0))))\n"
        return text
    }()

    init(_ configure: (inout WASIConfiguration) throws -> Void = { _ in }) throws {
        var configuration = WASIConfiguration()
        configuration.stdout = .buffer
        configuration.stderr = .buffer
        try configure(&configuration)
        wasi = try WASI(configuration)
        let engine = Engine()
        let store = Store(engine: engine)
        let module = try Module(engine: engine, bytes: try parseWat(Self.proxy))
        var linker = Linker()
        try wasi.define(in: &linker)
        instance = try linker.instantiate(module, in: store)
        memory = instance.memory("memory")!
    }

    /// Calls the WASI function `name` with i32 arguments given as Int and i64 ones as `Value`s.
    func call(_ name: String, _ arguments: Any...) throws -> WASIErrno {
        let function = instance.function(name)!
        var values: [Value] = []
        for (argument, type) in zip(arguments, function.type.parameters) {
            switch (argument, type) {
            case (let v as Int, .i32): values.append(.i32(Int32(truncatingIfNeeded: v)))
            case (let v as Int, .i64): values.append(.i64(Int64(v)))
            case (let v as UInt64, .i64): values.append(.i64(Int64(bitPattern: v)))
            case (let v as Value, _): values.append(v)
            default: fatalError("bad test argument \(argument) for \(type)")
            }
        }
        let result = try function.call(values)
        return WASIErrno(rawValue: UInt16(result[0].i32!))!
    }

    /// Writes `text` into guest memory; returns its address and length (as Ints for `call`).
    func put(_ text: String) throws -> (Int, Int) {
        try put(Array(text.utf8))
    }

    func put(_ bytes: [UInt8]) throws -> (Int, Int) {
        let address = heap
        try memory.write(bytes, at: address)
        heap += bytes.count + 8
        return (address, bytes.count)
    }

    /// An iovec array at `at` pointing to `buffers` (address, length pairs).
    func iovecs(_ buffers: [(Int, Int)], at address: Int) throws {
        var bytes: [UInt8] = []
        for (base, length) in buffers {
            bytes += le(UInt32(base)) + le(UInt32(length))
        }
        try memory.write(bytes, at: address)
    }

    func u32(_ address: Int) throws -> UInt32 {
        let b = try memory.read(at: address, count: 4)
        return b.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    func u64(_ address: Int) throws -> UInt64 {
        let b = try memory.read(at: address, count: 8)
        return b.reversed().reduce(0) { $0 << 8 | UInt64($1) }
    }

    func bytes(_ address: Int, _ count: Int) throws -> [UInt8] { try memory.read(at: address, count: count) }

    func string(_ address: Int, _ count: Int) throws -> String {
        String(decoding: try bytes(address, count), as: UTF8.self)
    }

    /// Opens `path` under descriptor `fd`; returns the errno and the new descriptor.
    func open(_ path: String, in fd: Int = 3, oflags: Int = 0, rights: UInt64 = WASIRights.regularFile.union(.directory).rawValue,
              fdflags: Int = 0, follow: Bool = true) throws -> (WASIErrno, Int) {
        let (p, n) = try put(path)
        let errno = try call("path_open", fd, follow ? 1 : 0, p, n, oflags, rights, rights, fdflags, 100)
        return (errno, Int(try u32(100)))
    }

    /// Writes `text` to descriptor `fd` with fd_write; returns the errno and the count written.
    func write(_ fd: Int, _ text: String) throws -> (WASIErrno, Int) {
        let buffer = try put(text)
        try iovecs([buffer], at: 200)
        let errno = try call("fd_write", fd, 200, 1, 208)
        return (errno, Int(try u32(208)))
    }

    /// Reads up to `count` bytes from `fd` with fd_read.
    func read(_ fd: Int, _ count: Int) throws -> (WASIErrno, String) {
        try iovecs([(1024, count)], at: 200)
        let errno = try call("fd_read", fd, 200, 1, 208)
        return (errno, try string(1024, Int(try u32(208))))
    }
}

func le<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
    withUnsafeBytes(of: value.littleEndian) { Array($0) }
}

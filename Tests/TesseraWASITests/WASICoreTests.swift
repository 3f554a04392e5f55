import Foundation
import Testing
import TesseraRuntime
import TesseraText
import TesseraTypes
@testable import TesseraWASI

@Suite struct WASICoreTests {
    @Test func everyPreviewOneFunctionIsDefined() {
        let expected: Set<String> = [
            "args_get", "args_sizes_get", "environ_get", "environ_sizes_get", "clock_res_get", "clock_time_get",
            "fd_advise", "fd_allocate", "fd_close", "fd_datasync", "fd_fdstat_get", "fd_fdstat_set_flags",
            "fd_fdstat_set_rights", "fd_filestat_get", "fd_filestat_set_size", "fd_filestat_set_times", "fd_pread",
            "fd_prestat_get", "fd_prestat_dir_name", "fd_pwrite", "fd_read", "fd_readdir", "fd_renumber", "fd_seek",
            "fd_sync", "fd_tell", "fd_write", "path_create_directory", "path_filestat_get",
            "path_filestat_set_times", "path_link", "path_open", "path_readlink", "path_remove_directory",
            "path_rename", "path_symlink", "path_unlink_file", "poll_oneoff", "proc_exit", "proc_raise",
            "sched_yield", "random_get", "sock_accept", "sock_recv", "sock_send", "sock_shutdown",
        ]
        #expect(WASIPreview1.functionNames == expected)
        #expect(WASIPreview1.moduleName == "wasi_snapshot_preview1")
    }

    @Test func argumentsAndEnvironment() throws {
        let guest = try Guest {
            $0.arguments = ["prog", "ünï", ""]
            $0.environment = ["B": "2", "A": "x=y"]
        }
        #expect(try guest.call("args_sizes_get", 0, 4) == .success)
        #expect(try guest.u32(0) == 3)
        #expect(try guest.u32(4) == UInt32("prog".utf8.count + "ünï".utf8.count + 3))
        #expect(try guest.call("args_get", 16, 100) == .success)
        #expect(try guest.u32(16) == 100)
        #expect(try guest.string(100, 5) == "prog\0")
        #expect(try guest.u32(20) == 105)
        #expect(try guest.call("environ_get", 16, 200) == .success)
        #expect(try guest.string(200, 12) == "A=x=y\0B=2\0\0\0".prefix(12))
        // A table or buffer pointer outside memory is a fault, never a crash.
        #expect(try guest.call("args_get", 65_534, 100) == .fault)
        #expect(try guest.call("args_get", 16, 65_530) == .fault)
        #expect(try guest.call("args_sizes_get", -1, 0) == .fault)
    }

    @Test func standardStreams() throws {
        let guest = try Guest { $0.stdin = .bytes(Array("line one\nline two".utf8)) }
        #expect(try guest.write(1, "to stdout") == (.success, 9))
        #expect(try guest.write(2, "to stderr") == (.success, 9))
        #expect(guest.wasi.output(1) == Array("to stdout".utf8))
        #expect(guest.wasi.output(2) == Array("to stderr".utf8))
        #expect(try guest.read(0, 9) == (.success, "line one\n"))
        #expect(try guest.read(0, 100) == (.success, "line two"))
        #expect(try guest.read(0, 100) == (.success, ""))
        #expect(try guest.read(1, 1).0 == .badDescriptor)
        #expect(try guest.call("fd_seek", 1, Value.i64(0), 0, 300) == .illegalSeek)
        // Gathered writes, and an iovec that points outside memory.
        let a = try guest.put("ab"), b = try guest.put("cd")
        try guest.iovecs([a, (0, 0), b], at: 200)
        #expect(try guest.call("fd_write", 1, 200, 3, 300) == .success)
        #expect(try guest.u32(300) == 4)
        try guest.iovecs([(65_530, 10)], at: 200)
        #expect(try guest.call("fd_write", 1, 200, 1, 300) == .fault)
        #expect(try guest.call("fd_write", 1, 65_535, 1, 300) == .fault)
        #expect(try guest.call("fd_write", 1, 200, 0x2000_0000, 300) == .fault)
        #expect(guest.wasi.output(1) == Array("to stdoutabcd".utf8))
        #expect(try guest.call("fd_write", 42, 200, 1, 300) == .badDescriptor)
    }

    @Test func fdstatRightsAndRenumber() throws {
        let fileSystem = MemoryFileSystem()
        let guest = try Guest { $0.preopen(fileSystem, guest: "/work") }
        #expect(try guest.call("fd_prestat_get", 3, 300) == .success)
        #expect(try guest.u32(300) == 0)
        #expect(try guest.u32(304) == 5)
        #expect(try guest.call("fd_prestat_dir_name", 3, 400, 5) == .success)
        #expect(try guest.string(400, 5) == "/work")
        #expect(try guest.call("fd_prestat_dir_name", 3, 400, 4) == .nameTooLong)
        #expect(try guest.call("fd_prestat_get", 4, 300) == .badDescriptor)
        #expect(try guest.call("fd_prestat_get", 1, 300) == .badDescriptor)
        let (_, fd) = try guest.open("log", oflags: 1)
        #expect(try guest.call("fd_fdstat_get", fd, 300) == .success)
        #expect(try guest.bytes(300, 1) == [WASIFileType.regularFile.rawValue])
        #expect(try guest.call("fd_fdstat_get", 3, 300) == .success)
        #expect(try guest.bytes(300, 1) == [WASIFileType.directory.rawValue])
        // Rights can be dropped, not regained.
        let keep = WASIRights.regularFile.subtracting(.fdWrite).rawValue
        #expect(try guest.call("fd_fdstat_set_rights", fd, keep, UInt64(0)) == .success)
        #expect(try guest.write(fd, "x").0 == .badDescriptor)
        #expect(try guest.call("fd_fdstat_set_rights", fd, WASIRights.regularFile.rawValue, UInt64(0)) == .notCapable)
        #expect(try guest.call("fd_seek", fd, Value.i64(0), 0, 300) == .success)
        // Renumbering a file over stdout: writes to 1 now land in the file.
        let (_, writer) = try guest.open("log")
        #expect(try guest.call("fd_renumber", writer, 1) == .success)
        #expect(try guest.write(1, "redirected") == (.success, 10))
        #expect(fileSystem.readFile("/log") == Array("redirected".utf8))
        #expect(try guest.write(writer, "x").0 == .badDescriptor)
        #expect(try guest.call("fd_renumber", 1, 77) == .badDescriptor)
        #expect(try guest.call("fd_renumber", 77, 1) == .badDescriptor)
    }

    @Test func clocksAndRandom() throws {
        let guest = try Guest()
        #expect(try guest.call("clock_time_get", 1, Value.i64(1), 300) == .success)
        let first = try guest.u64(300)
        #expect(try guest.call("clock_time_get", 1, Value.i64(1), 300) == .success)
        #expect(try guest.u64(300) >= first)
        #expect(try guest.call("clock_time_get", 0, Value.i64(1), 300) == .success)
        #expect(try guest.u64(300) > 1_600_000_000 * 1_000_000_000)  // after 2020
        for clock in 0..<4 {
            #expect(try guest.call("clock_res_get", clock, 300) == .success)
            #expect(try guest.u64(300) > 0)
        }
        #expect(try guest.call("clock_time_get", 9, Value.i64(1), 300) == .invalid)
        #expect(try guest.call("random_get", 1000, 64) == .success)
        #expect(try guest.bytes(1000, 64).contains { $0 != 0 })
        #expect(try guest.call("random_get", 65_500, 100) == .fault)
        #expect(try guest.call("sched_yield") == .success)
    }

    /// Writes a subscription (48 bytes) at `address`.
    func subscription(_ guest: Guest, at address: Int, userData: UInt64, tag: UInt8, word: UInt32, timeout: UInt64 = 0) throws {
        var bytes = le(userData) + [tag] + [UInt8](repeating: 0, count: 7) + le(word) + [0, 0, 0, 0] + le(timeout)
        bytes += [UInt8](repeating: 0, count: 48 - bytes.count)
        try guest.memory.write(bytes, at: address)
    }

    @Test func pollClockAndDescriptors() throws {
        let guest = try Guest { $0.stdin = .bytes(Array("abc".utf8)) }
        // A 30 ms monotonic timeout alone: sleeps at least that long, then reports the clock event.
        try subscription(guest, at: 1000, userData: 0xABCD, tag: 0, word: 1, timeout: 30_000_000)
        let start = ContinuousClock.now
        #expect(try guest.call("poll_oneoff", 1000, 2000, 1, 300) == .success)
        #expect(ContinuousClock.now - start >= .milliseconds(29))
        #expect(try guest.u32(300) == 1)
        #expect(try guest.u64(2000) == 0xABCD)
        #expect(try guest.bytes(2008, 3) == [0, 0, 0])  // no error, type clock
        // A readable descriptor beside a long clock: only the descriptor fires, at once.
        try subscription(guest, at: 1000, userData: 1, tag: 0, word: 1, timeout: 10_000_000_000)
        try subscription(guest, at: 1048, userData: 2, tag: 1, word: 0)
        try subscription(guest, at: 1096, userData: 3, tag: 1, word: 99)
        let second = ContinuousClock.now
        #expect(try guest.call("poll_oneoff", 1000, 2000, 3, 300) == .success)
        #expect(ContinuousClock.now - second < .seconds(2))
        #expect(try guest.u32(300) == 2)
        #expect(try guest.u64(2000) == 2)
        #expect(try guest.bytes(2010, 1) == [1])
        #expect(try guest.u64(2016) == 3)  // bytes available
        #expect(try guest.u64(2032) == 3)
        #expect(try guest.bytes(2040, 2) == [UInt8(WASIErrno.badDescriptor.rawValue), 0])
        #expect(try guest.call("poll_oneoff", 1000, 2000, 0, 300) == .invalid)
        #expect(try guest.call("poll_oneoff", 65_500, 2000, 1, 300) == .fault)
    }

    @Test func socketsNeedPreopenedSockets() throws {
        var pair: [Int32] = [0, 0]
        #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &pair) == 0)
        let peer = pair[1]
        defer { close(peer) }
        let guest = try Guest { $0.preopen(socket: HostSocket(descriptor: pair[0])) }
        #expect(try guest.call("sock_shutdown", 1, 2) == .notSocket)
        #expect(try guest.call("sock_accept", 0, 0, 300) == .notSocket)
        #expect(try guest.call("sock_send", 9, 200, 1, 0, 300) == .badDescriptor)
        #expect(try guest.call("fd_fdstat_get", 3, 300) == .success)
        #expect(try guest.bytes(300, 1) == [WASIFileType.socketStream.rawValue])
        let message = try guest.put("ping")
        try guest.iovecs([message], at: 200)
        #expect(try guest.call("sock_send", 3, 200, 1, 0, 300) == .success)
        #expect(try guest.u32(300) == 4)
        var buffer = [UInt8](repeating: 0, count: 16)
        #expect(recv(peer, &buffer, 16, 0) == 4)
        #expect(Array(buffer.prefix(4)) == Array("ping".utf8))
        _ = send(peer, "pong!", 5, 0)
        try guest.iovecs([(1000, 3), (1003, 10)], at: 200)
        #expect(try guest.call("sock_recv", 3, 200, 2, 0, 300, 304) == .success)
        #expect(try guest.u32(300) == 5)
        #expect(try guest.string(1000, 5) == "pong!")
        #expect(try guest.call("sock_shutdown", 3, 2) == .success)
        #expect(recv(peer, &buffer, 16, 0) == 0)  // the guest's side is shut for writing
        #expect(try guest.call("sock_shutdown", 3, 9) == .invalid)
    }

    @Test func procExitEndsTheGuestWithItsCode() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let module = try Module(engine: engine, bytes: try parseWat("""
            (module
              (import "wasi_snapshot_preview1" "proc_exit" (func $exit (param i32)))
              (import "wasi_snapshot_preview1" "fd_write" (func $write (param i32 i32 i32 i32) (result i32)))
              (memory (export "memory") 1)
              (data (i32.const 16) "before\\n")
              (func (export "_start")
                (i32.store (i32.const 0) (i32.const 16))
                (i32.store (i32.const 4) (i32.const 7))
                (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))
                (call $exit (i32.const 7))
                (drop (call $write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8)))))
            """))
        var configuration = WASIConfiguration()
        configuration.stdout = .buffer
        let wasi = try WASI(configuration)
        var linker = Linker()
        try wasi.define(in: &linker)
        let instance = try linker.instantiate(module, in: store)
        #expect(try wasi.start(instance) == 7)
        #expect(wasi.output(1) == Array("before\n".utf8))
        #expect(wasi.exitCode == 7)
    }

    @Test func trapsStayTraps() throws {
        let engine = Engine()
        let store = Store(engine: engine)
        let module = try Module(engine: engine, bytes: try parseWat("""
            (module
              (import "wasi_snapshot_preview1" "proc_raise" (func $raise (param i32) (result i32)))
              (func (export "_start") (drop (call $raise (i32.const 6)))))
            """))
        let wasi = try WASI(WASIConfiguration())
        var linker = Linker()
        try wasi.define(in: &linker)
        let instance = try linker.instantiate(module, in: store)
        #expect(throws: WasmError.self) { try wasi.start(instance) }
        #expect(wasi.exitCode == nil)
    }

    @Test func preopeningAMissingDirectoryFails() {
        var configuration = WASIConfiguration()
        configuration.preopen(host: "/nonexistent/tessera/dir", guest: "/x")
        #expect(throws: WASIError.self) { try WASI(configuration) }
    }
}

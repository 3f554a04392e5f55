import Foundation
import Testing
import TesseraRuntime
@testable import TesseraWASI

/// The two filesystem implementations behind the same preview-1 calls.
enum FileSystemKind: String, CaseIterable, CustomTestStringConvertible {
    case memory
    case host

    var testDescription: String { rawValue }

    /// A guest with one preopened directory `/sandbox` (fd 3) holding `hello.txt` ("hello") and an
    /// empty `sub/`. For the host kind, also returns the folder that contains the preopened one.
    func guest() throws -> (Guest, URL?) {
        switch self {
        case .memory:
            let fileSystem = MemoryFileSystem()
            try fileSystem.writeFile("/hello.txt", Array("hello".utf8))
            try fileSystem.createDirectory("/sub")
            return (try Guest { $0.preopen(fileSystem, guest: "/sandbox") }, nil)
        case .host:
            let outer = FileManager.default.temporaryDirectory.appendingPathComponent("tessera-wasi-\(UUID().uuidString)")
            let root = outer.appendingPathComponent("root")
            try FileManager.default.createDirectory(at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
            try Data("hello".utf8).write(to: root.appendingPathComponent("hello.txt"))
            try Data("secret".utf8).write(to: outer.appendingPathComponent("outside.txt"))
            return (try Guest { $0.preopen(host: root.path, guest: "/sandbox") }, outer)
        }
    }
}

@Suite struct FileSystemTests {
    @Test(arguments: FileSystemKind.allCases) func fileLifecycle(_ kind: FileSystemKind) throws {
        let (guest, outer) = try kind.guest()
        defer { outer.map { try? FileManager.default.removeItem(at: $0) } }
        let (created, fd) = try guest.open("new.txt", oflags: 1 | 4)  // creat | excl
        #expect(created == .success)
        #expect(fd == 4)
        #expect(try guest.open("new.txt", oflags: 1 | 4).0 == .exist)
        #expect(try guest.write(fd, "hello world") == (.success, 11))
        #expect(try guest.call("fd_tell", fd, 300) == .success)
        #expect(try guest.u64(300) == 11)
        #expect(try guest.call("fd_seek", fd, Value.i64(-5), 1, 300) == .success)
        #expect(try guest.u64(300) == 6)
        #expect(try guest.read(fd, 100) == (.success, "world"))
        #expect(try guest.call("fd_seek", fd, Value.i64(-1), 0, 300) == .invalid)
        // pwrite past the end extends with zeros and leaves the position alone.
        let (p, n) = try guest.put("!")
        try guest.iovecs([(p, n)], at: 200)
        #expect(try guest.call("fd_pwrite", fd, 200, 1, Value.i64(13), 208) == .success)
        #expect(try guest.call("fd_filestat_get", fd, 400) == .success)
        #expect(try guest.u64(400 + 32) == 14)
        #expect(try guest.bytes(400 + 16, 1) == [WASIFileType.regularFile.rawValue])
        #expect(try guest.call("fd_filestat_set_size", fd, Value.i64(5)) == .success)
        #expect(try guest.call("fd_pread", fd, 200, 1, Value.i64(0), 208) == .success)  // reads 1 byte into "!"
        #expect(try guest.string(p, 1) == "h")
        #expect(try guest.call("fd_close", fd) == .success)
        #expect(try guest.call("fd_close", fd) == .badDescriptor)
        // Append mode writes at the end whatever the position.
        let (_, appending) = try guest.open("new.txt", fdflags: 1)
        #expect(try guest.write(appending, "++") == (.success, 2))
        let (path, length) = try guest.put("new.txt")
        #expect(try guest.call("path_filestat_get", 3, 1, path, length, 400) == .success)
        #expect(try guest.u64(400 + 32) == 7)
        // A read-only descriptor cannot write; opening a directory for writing fails.
        let (_, readOnly) = try guest.open("hello.txt", rights: WASIRights.fdRead.rawValue)
        #expect(try guest.write(readOnly, "x").0 == .badDescriptor)
        #expect(try guest.open("sub", rights: WASIRights.fdWrite.rawValue).0 == .isDirectory)
        #expect(try guest.open("hello.txt", oflags: 2).0 == .notDirectory)
        #expect(try guest.open("missing.txt").0 == .noEntry)
        #expect(try guest.open("hello.txt/").0 == .notDirectory)
    }

    @Test(arguments: FileSystemKind.allCases) func directories(_ kind: FileSystemKind) throws {
        let (guest, outer) = try kind.guest()
        defer { outer.map { try? FileManager.default.removeItem(at: $0) } }
        let (d, dn) = try guest.put("sub/inner")
        #expect(try guest.call("path_create_directory", 3, d, dn) == .success)
        #expect(try guest.call("path_create_directory", 3, d, dn) == .exist)
        let (f, fnn) = try guest.put("sub/inner/file")
        #expect(try guest.open("sub/inner/file", oflags: 1).0 == .success)
        #expect(try guest.call("path_remove_directory", 3, d, dn) == .notEmpty)
        #expect(try guest.call("path_unlink_file", 3, d, dn) == .isDirectory)
        #expect(try guest.call("path_remove_directory", 3, f, fnn) == .notDirectory)
        let (r, rn) = try guest.put("moved")
        #expect(try guest.call("path_rename", 3, f, fnn, 3, r, rn) == .success)
        #expect(try guest.call("path_unlink_file", 3, f, fnn) == .noEntry)
        #expect(try guest.call("path_remove_directory", 3, d, dn) == .success)
        let (l, ln) = try guest.put("linked")
        #expect(try guest.call("path_link", 3, 0, r, rn, 3, l, ln) == .success)
        #expect(try guest.call("path_filestat_get", 3, 0, l, ln, 400) == .success)
        #expect(try guest.u64(400 + 24) == 2)  // two links
        #expect(try guest.call("path_unlink_file", 3, r, rn) == .success)
        #expect(try guest.call("path_unlink_file", 3, l, ln) == .success)
    }

    @Test(arguments: FileSystemKind.allCases) func readdirCookies(_ kind: FileSystemKind) throws {
        let (guest, outer) = try kind.guest()
        defer { outer.map { try? FileManager.default.removeItem(at: $0) } }
        for name in ["a", "b", "c"] { #expect(try guest.open("sub/\(name)", oflags: 1).0 == .success) }
        let (_, dir) = try guest.open("sub", oflags: 2)
        // Read one entry at a time by passing back each d_next cookie: ., .., a, b, c.
        var names: [String] = []
        var cookie: UInt64 = 0
        while true {
            #expect(try guest.call("fd_readdir", dir, 2000, 25, Value.i64(Int64(cookie)), 300) == .success)
            let used = Int(try guest.u32(300))
            if used == 0 { break }
            #expect(used == 25)  // the 24-byte header and the first byte of the name: truncated
            let length = Int(try guest.u32(2000 + 16))
            #expect(try guest.call("fd_readdir", dir, 2000, 24 + length, Value.i64(Int64(cookie)), 300) == .success)
            names.append(try guest.string(2024, length))
            cookie = try guest.u64(2000)
            if names.count > 10 { break }
        }
        #expect(names == [".", "..", "a", "b", "c"])
        // One large buffer holds all five records.
        #expect(try guest.call("fd_readdir", dir, 2000, 4000, Value.i64(0), 300) == .success)
        #expect(try guest.u32(300) == UInt32(5 * 24 + 1 + 2 + 3))
    }

    @Test(arguments: FileSystemKind.allCases) func sandboxEscapesAreRefused(_ kind: FileSystemKind) throws {
        let (guest, outer) = try kind.guest()
        defer { outer.map { try? FileManager.default.removeItem(at: $0) } }
        #expect(try guest.open("../outside.txt").0 == .permission)
        #expect(try guest.open("sub/../../outside.txt").0 == .permission)
        #expect(try guest.open("/outside.txt").0 == .permission)
        #expect(try guest.open("/hello.txt").0 == .permission)
        #expect(try guest.open("sub/../hello.txt").0 == .success)
        #expect(try guest.open("./sub/./../hello.txt").0 == .success)
        // Relative symbolic links that climb out are refused when followed, fine when not.
        let (up, upn) = try guest.put("up")
        let (target, targetn) = try guest.put("../outside.txt")
        #expect(try guest.call("path_symlink", target, targetn, 3, up, upn) == .success)
        #expect(try guest.open("up").0 == .permission)
        #expect(try guest.open("up", follow: false).0 == .loop)
        #expect(try guest.call("path_filestat_get", 3, 0, up, upn, 400) == .success)
        #expect(try guest.bytes(400 + 16, 1) == [WASIFileType.symbolicLink.rawValue])
        #expect(try guest.call("path_readlink", 3, up, upn, 500, 100, 300) == .success)
        #expect(try guest.string(500, Int(try guest.u32(300))) == "../outside.txt")
        // A link to a parent used as a directory: still refused.
        let (parent, parentn) = try guest.put("parent")
        let (dots, dotsn) = try guest.put("sub/..")
        #expect(try guest.call("path_symlink", dots, dotsn, 3, parent, parentn) == .success)
        #expect(try guest.open("parent/hello.txt").0 == .success)
        #expect(try guest.open("parent/../outside.txt").0 == .permission)
        // Absolute link targets cannot be created.
        let (abs, absn) = try guest.put("/etc/passwd")
        let (name, namen) = try guest.put("abs")
        #expect(try guest.call("path_symlink", abs, absn, 3, name, namen) == .permission)
        // A loop of links ends with ELOOP.
        let (x, xn) = try guest.put("x"), (y, yn) = try guest.put("y")
        #expect(try guest.call("path_symlink", y, yn, 3, x, xn) == .success)
        #expect(try guest.call("path_symlink", x, xn, 3, y, yn) == .success)
        #expect(try guest.open("x").0 == .loop)
        // Escapes through every other path call.
        let (out, outn) = try guest.put("../escaped")
        #expect(try guest.call("path_create_directory", 3, out, outn) == .permission)
        let (hello, hellon) = try guest.put("hello.txt")
        #expect(try guest.call("path_rename", 3, hello, hellon, 3, out, outn) == .permission)
        #expect(try guest.call("path_link", 3, 0, hello, hellon, 3, out, outn) == .permission)
        if let outer {
            let entries = try FileManager.default.contentsOfDirectory(atPath: outer.path).sorted()
            #expect(entries == ["outside.txt", "root"])
        }
    }

    @Test func hostSymlinkToAbsolutePathIsRefused() throws {
        let (guest, outer) = try FileSystemKind.host.guest()
        defer { outer.map { try? FileManager.default.removeItem(at: $0) } }
        let outside = outer!.appendingPathComponent("outside.txt").path
        try FileManager.default.createSymbolicLink(atPath: outer!.appendingPathComponent("root/abs").path,
                                                   withDestinationPath: outside)
        try FileManager.default.createSymbolicLink(atPath: outer!.appendingPathComponent("root/sub/absdir").path,
                                                   withDestinationPath: outer!.path)
        #expect(try guest.open("abs").0 == .permission)
        #expect(try guest.open("sub/absdir/outside.txt").0 == .permission)
        let (p, n) = try guest.put("abs")
        #expect(try guest.call("path_filestat_get", 3, 1, p, n, 400) == .permission)
    }

    @Test func memoryFileSystemHelpers() throws {
        let fileSystem = MemoryFileSystem()
        try fileSystem.createDirectory("/a/b")
        try fileSystem.writeFile("/a/b/c.txt", [1, 2, 3])
        #expect(fileSystem.readFile("/a/b/c.txt") == [1, 2, 3])
        #expect(fileSystem.list("/a") == ["b"])
        #expect(throws: WASIErrno.noEntry) { try fileSystem.writeFile("/missing/x", []) }
        fileSystem.maxFileSize = 10
        let guest = try Guest { $0.preopen(fileSystem, guest: "/") }
        let (_, fd) = try guest.open("a/b/c.txt")
        #expect(try guest.call("fd_filestat_set_size", fd, Value.i64(11)) == .fileTooBig)
        let (p, n) = try guest.put("x")
        try guest.iovecs([(p, n)], at: 200)
        #expect(try guest.call("fd_pwrite", fd, 200, 1, Value.i64(Int64.max), 208) == .fileTooBig)
        // Written by the guest, visible to the embedder.
        #expect(try guest.open("a/new", oflags: 1).0 == .success)
        #expect(try guest.write(Int(try guest.u32(100)), "data") == (.success, 4))
        #expect(fileSystem.readFile("/a/new") == Array("data".utf8))
    }
}

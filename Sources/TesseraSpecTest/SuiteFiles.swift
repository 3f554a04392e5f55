#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file-system error: the path and the system's reason.
public struct FileError: Error, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// Minimal file access for the runner and the CLI (no Foundation): whole-file reads and writes and
/// `.wast` discovery.
public enum SuiteFiles {
    /// The whole contents of a file.
    public static func readBytes(atPath path: String) -> Result<[UInt8], FileError> {
        guard let file = fopen(path, "rb") else { return .failure(systemError(path)) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count > 0 { bytes.append(contentsOf: chunk[0..<count]) }
            if count < chunk.count {
                if ferror(file) != 0 { return .failure(systemError(path)) }
                return .success(bytes)
            }
        }
    }

    /// The contents of a UTF-8 text file (ill-formed sequences become U+FFFD).
    public static func readText(atPath path: String) -> Result<String, FileError> {
        readBytes(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Writes `bytes` to `path`, replacing the file.
    public static func write(_ bytes: [UInt8], toPath path: String) -> Result<Void, FileError> {
        guard let file = fopen(path, "wb") else { return .failure(systemError(path)) }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        let closed = fclose(file)
        guard written == bytes.count, closed == 0 else { return .failure(systemError(path)) }
        return .success(())
    }

    /// Whether `path` names a directory.
    public static func isDirectory(_ path: String) -> Bool {
        guard let dir = opendir(path) else { return false }
        closedir(dir)
        return true
    }

    /// The names of the entries of a directory (without `.` and `..`), sorted.
    public static func entries(ofDirectory path: String) -> Result<[String], FileError> {
        guard let dir = opendir(path) else { return .failure(systemError(path)) }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return .success(names.sorted())
    }

    /// The `.wast` files directly inside a directory, as full paths, sorted by name.
    public static func wastFiles(inDirectory path: String) -> Result<[String], FileError> {
        entries(ofDirectory: path).map { names in
            names.filter { $0.hasSuffix(".wast") }.map { join(path, $0) }
        }
    }

    /// Files stay as given; directories expand to their `.wast` files (sorted).
    public static func expand(_ paths: [String]) -> Result<[String], FileError> {
        var files: [String] = []
        for path in paths {
            if isDirectory(path) {
                switch wastFiles(inDirectory: path) {
                case .success(let found): files += found
                case .failure(let error): return .failure(error)
                }
            } else {
                files.append(path)
            }
        }
        return .success(files)
    }

    /// Where the official spec testsuite is: `$TESSERA_SPEC_TESTSUITE` when set, else
    /// `../shared/spec-testsuite` beside the package root.
    public static func specTestsuiteDirectory(packageRoot: String) -> String {
        if let value = getenv("TESSERA_SPEC_TESTSUITE"), let path = String(validatingCString: value), !path.isEmpty {
            return path
        }
        var parent = packageRoot
        while parent.count > 1 && parent.hasSuffix("/") { parent.removeLast() }
        if let slash = parent.lastIndex(of: "/") { parent = String(parent[..<slash]) }
        return join(parent.isEmpty ? "/" : parent, "shared/spec-testsuite")
    }

    /// `directory/name`, without doubling a trailing slash.
    public static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    private static func systemError(_ path: String) -> FileError {
        let reason = strerror(errno).map { String(cString: $0) } ?? "error \(errno)"
        return FileError("\(path): \(reason)")
    }
}
